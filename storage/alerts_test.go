package storage_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

const (
	testWeComURL    = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa"
	testDingTalkURL = "https://oapi.dingtalk.com/robot/send?access_token=abcdef0123456789"
)

func mustCreateChannel(t *testing.T, db *storage.DB, c *kefu.AlertChannel) *kefu.AlertChannel {
	t.Helper()
	if c.Name == "" {
		c.Name = c.Type + " group"
	}
	must(t, db.CreateAlertChannel(sysCtx(t), c), "CreateAlertChannel")
	return c
}

func TestAlertChannels_SealedAtRestAndRoundTrip(t *testing.T) {
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		ctx := sysCtx(t)
		st := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		c := mustCreateChannel(t, db, &kefu.AlertChannel{Type: kefu.AlertChannelDingTalk, StoreID: st.ID, URL: testDingTalkURL,
			Secret: "SECf00dfeed", Kinds: []string{"dispute_new", "dispute_new", "escalation"}, Mentions: []string{"13800000000", "@all"}, Enabled: true})
		raw := be.rowText(t, `SELECT * FROM alert_channels`)
		for _, secret := range []string{"abcdef0123456789", "SECf00dfeed"} {
			if strings.Contains(raw, secret) {
				t.Errorf("%q is stored in the clear: %s", secret, raw)
			}
		}
		if audit := be.rowText(t, `SELECT * FROM audit_log WHERE entity_type = 'alert_channel'`); strings.Contains(audit, "abcdef0123456789") || strings.Contains(audit, "SECf00dfeed") {
			t.Errorf("the audit log holds a credential: %s", audit)
		}
		got, err := db.FindAlertChannel(ctx, c.ID)
		must(t, err, "FindAlertChannel")
		if got.URL != testDingTalkURL || got.Secret != "SECf00dfeed" || got.StoreID != st.ID || !got.Enabled ||
			strings.Join(got.Kinds, ",") != "dispute_new,escalation" || strings.Join(got.Mentions, ",") != "13800000000,@all" {
			t.Fatalf("round trip = %+v", got)
		}

		off, name := false, "夜班群"
		upd, err := db.UpdateAlertChannel(ctx, c.ID, kefu.AlertChannelUpdate{Enabled: &off, Name: &name})
		must(t, err, "UpdateAlertChannel")
		if upd.Enabled || upd.Name != name || upd.Secret != "SECf00dfeed" || upd.URL != testDingTalkURL {
			t.Fatalf("update = %+v", upd)
		}
		empty := ""
		_, err = db.UpdateAlertChannel(ctx, c.ID, kefu.AlertChannelUpdate{Secret: &empty})
		wantInvalid(t, err, "secret") // DingTalk is signed: the secret cannot go

		list, err := db.ListAlertChannels(ctx)
		if err != nil || len(list) != 1 {
			t.Fatalf("list = %+v, %v", list, err)
		}
		must(t, db.DeleteAlertChannel(ctx, c.ID), "DeleteAlertChannel")
		_, err = db.FindAlertChannel(ctx, c.ID)
		wantCode(t, err, kefu.ENOTFOUND)
		wantCode(t, db.DeleteAlertChannel(ctx, c.ID), kefu.ENOTFOUND)
	})
}

func TestAlertChannels_ValidationAndPermissions(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		wantInvalid(t, db.CreateAlertChannel(sysCtx(t), &kefu.AlertChannel{Name: "x", Type: "telegram", URL: testWeComURL}), "type")
		wantInvalid(t, db.CreateAlertChannel(sysCtx(t), &kefu.AlertChannel{Name: "x", Type: "wecom", URL: "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"}), "url")
		wantInvalid(t, db.CreateAlertChannel(sysCtx(t), &kefu.AlertChannel{Name: "x", Type: "dingtalk", URL: testDingTalkURL}), "secret")
		wantInvalid(t, db.CreateAlertChannel(sysCtx(t), &kefu.AlertChannel{Name: "x", Type: "wecom", URL: testWeComURL, StoreID: 999}), "store_id")

		agent := mustCreateUser(t, db, "agent@example.com", kefu.RoleAgent)
		err := db.CreateAlertChannel(userCtx(t, agent), &kefu.AlertChannel{Name: "x", Type: "wecom", URL: testWeComURL})
		wantCode(t, err, kefu.EFORBIDDEN)
		_, err = db.ListAlertDeliveries(userCtx(t, agent), kefu.AlertDeliveryFilter{})
		wantCode(t, err, kefu.EFORBIDDEN)
		_, err = db.ClaimAlertDeliveries(userCtx(t, agent), 1, time.Minute)
		wantCode(t, err, kefu.EFORBIDDEN)
		// Agents escalate, so they raise alerts; nobody is listening yet.
		n, err := db.RaiseAlert(userCtx(t, agent), &kefu.Alert{Kind: kefu.AlertEscalation, Title: "escalated"})
		if err != nil || n != 0 {
			t.Fatalf("agent's RaiseAlert = %d, %v", n, err)
		}
	})
}

func TestRaiseAlert_FansOutToEnabledChannelsOfTheKindAndStore(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		us := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		my := mustCreateStore(t, db, "acme-my", "shopee", "MYR")
		all := mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, Enabled: true})
		usDisputes := mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, StoreID: us.ID, Kinds: []string{"dispute_new"}, Enabled: true})
		mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, Enabled: false})
		mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, StoreID: my.ID, Enabled: true})

		n, err := db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertDisputeNew, StoreID: us.ID, Title: "New dispute", DedupeKey: "dispute:stripe:dp_1"})
		if err != nil || n != 2 {
			t.Fatalf("dispute alert queued %d, %v; want 2 (all-stores channel and the US disputes channel)", n, err)
		}
		n, err = db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertDisputeNew, StoreID: us.ID, Title: "New dispute again", DedupeKey: "dispute:stripe:dp_1"})
		if err != nil || n != 0 {
			t.Fatalf("the same dedupe key queued %d, %v; want 0", n, err)
		}
		n, err = db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertSuspectedPhishing, StoreID: us.ID, Title: "Phishing?"})
		if err != nil || n != 1 {
			t.Fatalf("phishing alert queued %d, %v; want 1", n, err)
		}
		_, err = db.RaiseAlert(ctx, &kefu.Alert{Kind: "party", Title: "x"})
		wantInvalid(t, err, "kind")

		ds, err := db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{ChannelID: usDisputes.ID})
		if err != nil || len(ds) != 1 {
			t.Fatalf("US disputes channel deliveries = %+v, %v", ds, err)
		}
		d := ds[0]
		if d.Status != kefu.AlertQueued || d.NextAttemptAt == nil || d.Alert.Severity != kefu.SeverityCritical ||
			d.Alert.DedupeKey != "dispute:stripe:dp_1" || d.ChannelType != "wecom" || d.Alert.StoreID != us.ID {
			t.Errorf("delivery = %+v", d)
		}
		ds, err = db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{ChannelID: all.ID, Kind: kefu.AlertSuspectedPhishing})
		if err != nil || len(ds) != 1 || ds[0].Alert.Title != "Phishing?" {
			t.Errorf("filtered deliveries = %+v, %v", ds, err)
		}
		_, err = db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{Status: "lost"})
		wantInvalid(t, err, "status")

		// Deleting a channel takes its deliveries with it.
		must(t, db.DeleteAlertChannel(ctx, usDisputes.ID), "DeleteAlertChannel")
		ds, err = db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{ChannelID: usDisputes.ID})
		if err != nil || len(ds) != 0 {
			t.Errorf("deliveries of a deleted channel = %+v, %v", ds, err)
		}
	})
}

// An escalation and its alert commit together: a batch that fails leaves
// no alert behind.
func TestRaiseAlert_JoinsTheCallersBatch(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		st := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, Enabled: true})
		tk := mustCreateTicket(t, db, newTicket(st.ID, "Where is my parcel", "hello"))
		boom := errors.New("escalation failed")
		err := db.Batch(ctx, func(ctx context.Context) error {
			urgent := "urgent"
			if _, err := db.UpdateTicket(ctx, tk.ID, kefu.TicketUpdate{Priority: &urgent}); err != nil {
				return err
			}
			if _, err := db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertEscalation, StoreID: st.ID, TicketID: tk.ID, Title: "escalated"}); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("Batch = %v", err)
		}
		if ds, _ := db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{}); len(ds) != 0 {
			t.Fatalf("a rolled-back batch left %d deliveries", len(ds))
		}
		err = db.Batch(ctx, func(ctx context.Context) error {
			_, err := db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertEscalation, StoreID: st.ID, TicketID: tk.ID, Title: "escalated"})
			return err
		})
		must(t, err, "Batch")
		ds, err := db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{TicketID: tk.ID})
		if err != nil || len(ds) != 1 {
			t.Fatalf("deliveries after a committed batch = %+v, %v", ds, err)
		}
	})
}

func TestAlertDeliveries_ClaimLeaseRetryAndRecord(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		c := mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, Enabled: true})
		if _, err := db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertRiskFlag, Title: "risk"}); err != nil {
			t.Fatal(err)
		}
		ds, err := db.ClaimAlertDeliveries(ctx, 10, time.Minute)
		if err != nil || len(ds) != 1 || ds[0].ChannelID != c.ID || ds[0].Alert.Title != "risk" {
			t.Fatalf("claim = %+v, %v", ds, err)
		}
		if again, err := db.ClaimAlertDeliveries(ctx, 10, time.Minute); err != nil || len(again) != 0 {
			t.Fatalf("a leased delivery was claimed again: %+v, %v", again, err)
		}
		past := time.Now().Add(-time.Second)
		must(t, db.RecordAlertDelivery(ctx, ds[0].ID, kefu.AlertOutcome{Status: kefu.AlertQueued, Attempted: true,
			Error: "errcode 45009: api freq out of limit", ProviderCode: 45009, RetryAt: &past}), "RecordAlertDelivery")
		ds, err = db.ClaimAlertDeliveries(ctx, 10, time.Minute)
		if err != nil || len(ds) != 1 || ds[0].Attempts != 1 || ds[0].ProviderCode != 45009 || ds[0].LastError == "" {
			t.Fatalf("retry claim = %+v, %v", ds, err)
		}
		// Held back by the rate limit: not an attempt.
		must(t, db.RecordAlertDelivery(ctx, ds[0].ID, kefu.AlertOutcome{Status: kefu.AlertQueued, RetryAt: &past}), "defer")
		ds, err = db.ClaimAlertDeliveries(ctx, 10, time.Minute)
		if err != nil || len(ds) != 1 || ds[0].Attempts != 1 {
			t.Fatalf("claim after a deferral = %+v, %v", ds, err)
		}
		must(t, db.RecordAlertDelivery(ctx, ds[0].ID, kefu.AlertOutcome{Status: kefu.AlertSent, Attempted: true}), "sent")
		got, err := db.ListAlertDeliveries(ctx, kefu.AlertDeliveryFilter{Status: kefu.AlertSent})
		if err != nil || len(got) != 1 || got[0].SentAt == nil || got[0].NextAttemptAt != nil || got[0].Attempts != 2 || got[0].LastError != "" {
			t.Fatalf("sent delivery = %+v, %v", got, err)
		}
		wantInvalid(t, db.RecordAlertDelivery(ctx, got[0].ID, kefu.AlertOutcome{Status: kefu.AlertQueued}), "retry_at")
		wantCode(t, db.RecordAlertDelivery(ctx, 9999, kefu.AlertOutcome{Status: kefu.AlertFailed}), kefu.ENOTFOUND)
	})
}

func TestAlertDeliveries_TwoDispatchersNeverClaimTheSameDelivery(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, Enabled: true})
		const n = 40
		for i := range n {
			if _, err := db.RaiseAlert(ctx, &kefu.Alert{Kind: kefu.AlertRiskFlag, Title: "risk " + string(rune('a'+i%26))}); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		seen := map[int64]int{}
		var wg sync.WaitGroup
		for range 3 {
			wg.Go(func() {
				for {
					ds, err := db.ClaimAlertDeliveries(ctx, 6, time.Minute)
					if err != nil {
						t.Error(err)
						return
					}
					if len(ds) == 0 {
						return
					}
					mu.Lock()
					for _, d := range ds {
						seen[d.ID]++
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(seen) != n {
			t.Errorf("%d deliveries claimed, want %d", len(seen), n)
		}
		for id, c := range seen {
			if c != 1 {
				t.Errorf("delivery %d claimed %d times", id, c)
			}
		}
	})
}

func TestEnqueueAlert_DedupesTheDigestPerChannelAndDay(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		a := mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, Enabled: true})
		b := mustCreateChannel(t, db, &kefu.AlertChannel{Type: "wecom", URL: testWeComURL, Enabled: true})
		digest := func(day string) *kefu.Alert {
			return &kefu.Alert{Kind: kefu.AlertDailyDigest, Title: "digest", DedupeKey: "digest:" + day}
		}
		for _, tc := range []struct {
			channel int64
			day     string
			want    bool
		}{{a.ID, "2026-11-20", true}, {a.ID, "2026-11-20", false}, {b.ID, "2026-11-20", true}, {a.ID, "2026-11-21", true}} {
			added, err := db.EnqueueAlert(ctx, tc.channel, digest(tc.day))
			if err != nil || added != tc.want {
				t.Errorf("EnqueueAlert(channel %d, %s) = %v, %v; want %v", tc.channel, tc.day, added, err, tc.want)
			}
		}
		_, err := db.EnqueueAlert(ctx, 9999, digest("2026-11-20"))
		wantCode(t, err, kefu.ENOTFOUND)
	})
}

func TestAlertDigestCounts(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		us := mustCreateStore(t, db, "acme-us", "amazon", "USD")
		my := mustCreateStore(t, db, "acme-my", "shopee", "MYR")
		now := time.Now().UTC()
		past, future := now.Add(-time.Hour), now.Add(5*time.Hour)

		late := newTicket(us.ID, "late", "hello")
		late.FirstResponseDue = &past
		mustCreateTicket(t, db, late)
		onTime := newTicket(us.ID, "on time", "hello")
		onTime.FirstResponseDue = &future
		mustCreateTicket(t, db, onTime)
		solvedLate := newTicket(us.ID, "solved", "hello")
		solvedLate.FirstResponseDue, solvedLate.Status = &past, kefu.StatusSolved
		mustCreateTicket(t, db, solvedLate)
		phish := newTicket(my.ID, "Verify your account", "click")
		phish.SuspectedPhishing = true
		mustCreateTicket(t, db, phish)

		for i, due := range []time.Time{now.Add(24 * time.Hour), now.Add(100 * time.Hour), now.Add(-time.Hour)} {
			d := &kefu.Dispute{StoreID: us.ID, Provider: "stripe", ExternalID: "dp_" + string(rune('a'+i)), Status: "needs_response",
				AmountMinor: 4999, Currency: "USD", DueBy: &due, LastEventAt: now}
			if _, err := db.UpsertDispute(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		closed := now.Add(10 * time.Hour)
		if _, err := db.UpsertDispute(ctx, &kefu.Dispute{StoreID: us.ID, Provider: "stripe", ExternalID: "dp_won", Status: "won",
			Currency: "USD", DueBy: &closed, LastEventAt: now}); err != nil {
			t.Fatal(err)
		}

		all, err := db.AlertDigestCounts(ctx, 0, now, now.Add(-2*time.Hour))
		must(t, err, "AlertDigestCounts")
		if all.OpenTickets != 3 || all.BreachedSLA != 1 || all.DisputesDueSoon != 1 || all.SuspectedPhishing != 1 {
			t.Errorf("all stores = %+v; want 3 open, 1 breached, 1 dispute due, 1 phishing", all)
		}
		usOnly, err := db.AlertDigestCounts(ctx, us.ID, now, now.Add(-2*time.Hour))
		must(t, err, "AlertDigestCounts")
		if usOnly.OpenTickets != 2 || usOnly.SuspectedPhishing != 0 || usOnly.DisputesDueSoon != 1 {
			t.Errorf("US store = %+v", usOnly)
		}
		tomorrow, err := db.AlertDigestCounts(ctx, 0, now, now.Add(time.Hour))
		must(t, err, "AlertDigestCounts")
		if tomorrow.SuspectedPhishing != 0 {
			t.Errorf("phishing flagged before the day began was counted: %+v", tomorrow)
		}
	})
}
