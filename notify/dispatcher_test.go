package notify

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"kefu"
)

// memQueue is an in-memory kefu.AlertQueue on a test clock, so tests can
// move time instead of waiting for it.
type memQueue struct {
	clock    *fixedClock
	mu       sync.Mutex
	channels map[int64]*kefu.AlertChannel
	rows     map[int64]*kefu.AlertDelivery
	dedupe   map[string]bool
	nextID   int64
	counts   kefu.AlertDigest
}

func newMemQueue(clock *fixedClock, channels ...*kefu.AlertChannel) *memQueue {
	q := &memQueue{clock: clock, channels: map[int64]*kefu.AlertChannel{}, rows: map[int64]*kefu.AlertDelivery{}, dedupe: map[string]bool{}}
	for _, c := range channels {
		q.channels[c.ID] = c
	}
	return q
}

func (q *memQueue) add(channelID int64, a *kefu.Alert) *kefu.AlertDelivery {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.nextID++
	now := q.clock.Now()
	d := &kefu.AlertDelivery{ID: q.nextID, ChannelID: channelID, Alert: *a, Status: kefu.AlertQueued, NextAttemptAt: &now, CreatedAt: now}
	q.rows[d.ID] = d
	return d
}

func (q *memQueue) get(id int64) kefu.AlertDelivery {
	q.mu.Lock()
	defer q.mu.Unlock()
	d := *q.rows[id]
	return d
}

func (q *memQueue) byStatus() map[string]int {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := map[string]int{}
	for _, d := range q.rows {
		out[d.Status]++
	}
	return out
}

func (q *memQueue) ClaimAlertDeliveries(_ context.Context, limit int, lease time.Duration) ([]*kefu.AlertDelivery, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := q.clock.Now()
	var due []*kefu.AlertDelivery
	for _, d := range q.rows {
		if d.Status == kefu.AlertQueued && !d.NextAttemptAt.After(now) {
			due = append(due, d)
		}
	}
	sort.Slice(due, func(i, j int) bool { return due[i].ID < due[j].ID })
	if len(due) > limit {
		due = due[:limit]
	}
	var out []*kefu.AlertDelivery
	for _, d := range due {
		until := now.Add(lease)
		d.NextAttemptAt = &until
		c := *d
		out = append(out, &c)
	}
	return out, nil
}

func (q *memQueue) RecordAlertDelivery(_ context.Context, id int64, o kefu.AlertOutcome) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	d := q.rows[id]
	d.Status, d.LastError, d.ProviderCode = o.Status, o.Error, o.ProviderCode
	if o.Attempted {
		d.Attempts++
	}
	d.NextAttemptAt = o.RetryAt
	if o.Status == kefu.AlertSent {
		now := q.clock.Now()
		d.SentAt = &now
	}
	return nil
}

func (q *memQueue) EnqueueAlert(_ context.Context, channelID int64, a *kefu.Alert) (bool, error) {
	key := fmt.Sprintf("%s#%d", a.DedupeKey, channelID)
	q.mu.Lock()
	if q.dedupe[key] {
		q.mu.Unlock()
		return false, nil
	}
	q.dedupe[key] = true
	q.mu.Unlock()
	q.add(channelID, a)
	return true, nil
}

func (q *memQueue) AlertDigestCounts(_ context.Context, storeID int64, now, dayStart time.Time) (*kefu.AlertDigest, error) {
	c := q.counts
	c.StoreID = storeID
	return &c, nil
}

func (q *memQueue) FindAlertChannel(_ context.Context, id int64) (*kefu.AlertChannel, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	c, ok := q.channels[id]
	if !ok {
		return nil, kefu.NotFound("alert channel")
	}
	cp := *c
	return &cp, nil
}

func (q *memQueue) ListAlertChannels(context.Context) ([]*kefu.AlertChannel, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out []*kefu.AlertChannel
	for _, c := range q.channels {
		cp := *c
		out = append(out, &cp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// scripted is a Sender whose answers a test decides, per channel.
type scripted struct {
	mu     sync.Mutex
	answer func(ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult
	sent   map[int64][]kefu.Alert
}

func (s *scripted) Send(ctx context.Context, ch *kefu.AlertChannel, a *kefu.Alert) *kefu.AlertSendResult {
	s.mu.Lock()
	if s.sent == nil {
		s.sent = map[int64][]kefu.Alert{}
	}
	s.sent[ch.ID] = append(s.sent[ch.ID], *a)
	s.mu.Unlock()
	if s.answer == nil {
		return okResult(200)
	}
	return s.answer(ch, a)
}

func (s *scripted) count(channelID int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sent[channelID])
}

func newDispatcher(q *memQueue, s Sender) *Dispatcher {
	senders := map[string]Sender{}
	for _, typ := range kefu.AlertChannelTypes {
		senders[typ] = s
	}
	return &Dispatcher{Store: q, Senders: senders, Now: q.clock.Now, Batch: 50, BaseURL: "http://kefu.test",
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Jitter: func(d time.Duration) time.Duration { return d }}
}

func channel(id int64, typ string) *kefu.AlertChannel {
	return &kefu.AlertChannel{ID: id, Name: typ, Type: typ, Enabled: true}
}

func alert(title string) *kefu.Alert {
	return &kefu.Alert{Kind: kefu.AlertEscalation, Severity: kefu.SeverityWarning, TicketID: 42, Title: title, URL: ticketLink}
}

func sendDue(t *testing.T, d *Dispatcher) int {
	t.Helper()
	n, err := d.SendDue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDispatcher_QueuesOverTheRateLimitInsteadOfDropping(t *testing.T) {
	clock := newClock(t0)
	q := newMemQueue(clock, channel(1, kefu.AlertChannelWeCom))
	for i := range 25 {
		q.add(1, alert(fmt.Sprintf("alert %d", i)))
	}
	s := &scripted{}
	d := newDispatcher(q, s)
	sendDue(t, d)
	if s.count(1) != 20 {
		t.Fatalf("%d sent in the first minute, want WeCom's 20", s.count(1))
	}
	st := q.byStatus()
	if st[kefu.AlertSent] != 20 || st[kefu.AlertQueued] != 5 {
		t.Fatalf("statuses = %v", st)
	}
	held := q.get(21)
	if held.Attempts != 0 || held.NextAttemptAt == nil || !held.NextAttemptAt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("held delivery = %+v; want no attempt used and a retry when the window frees", held)
	}
	clock.Add(30 * time.Second)
	if sendDue(t, d) != 0 || s.count(1) != 20 {
		t.Fatalf("sent before the window freed")
	}
	clock.Add(30 * time.Second)
	sendDue(t, d)
	if s.count(1) != 25 || q.byStatus()[kefu.AlertSent] != 25 {
		t.Fatalf("after a minute %d sent, statuses %v", s.count(1), q.byStatus())
	}
}

func TestDispatcher_RetriesWithBackoffThenFailsForGood(t *testing.T) {
	clock := newClock(t0)
	q := newMemQueue(clock, channel(1, kefu.AlertChannelSlack))
	q.add(1, alert("retry me"))
	s := &scripted{answer: func(*kefu.AlertChannel, *kefu.Alert) *kefu.AlertSendResult {
		return &kefu.AlertSendResult{Status: 503, Retryable: true, Message: "service unavailable"}
	}}
	d := newDispatcher(q, s)
	d.MaxAttempts, d.RetryBase = 4, 10*time.Second
	jitterCalls := 0
	d.Jitter = func(max time.Duration) time.Duration { jitterCalls++; return max / 2 }
	wantWaits := []time.Duration{7500 * time.Millisecond, 15 * time.Second, 30 * time.Second} // base·2ⁿ⁻¹, half fixed, half jitter
	for i, want := range wantWaits {
		sendDue(t, d)
		got := q.get(1)
		if got.Status != kefu.AlertQueued || got.Attempts != i+1 || got.LastError != "HTTP 503: service unavailable" {
			t.Fatalf("after attempt %d: %+v", i+1, got)
		}
		if wait := got.NextAttemptAt.Sub(clock.Now()); wait != want {
			t.Fatalf("after attempt %d the retry waits %s, want %s", i+1, wait, want)
		}
		clock.Add(want)
	}
	sendDue(t, d)
	got := q.get(1)
	if got.Status != kefu.AlertFailed || got.Attempts != 4 || !strings.HasPrefix(got.LastError, "gave up after 4 attempts") {
		t.Fatalf("after the last attempt: %+v", got)
	}
	if jitterCalls != 3 {
		t.Errorf("jitter used %d times, want once per retry", jitterCalls)
	}
}

func TestDispatcher_PermanentFailureFailsAtOnce(t *testing.T) {
	clock := newClock(t0)
	q := newMemQueue(clock, channel(1, kefu.AlertChannelWeCom))
	q.add(1, alert("x"))
	d := newDispatcher(q, &scripted{answer: func(*kefu.AlertChannel, *kefu.Alert) *kefu.AlertSendResult {
		return &kefu.AlertSendResult{Status: 200, ProviderCode: 93000, Message: "invalid webhook url"}
	}})
	sendDue(t, d)
	got := q.get(1)
	if got.Status != kefu.AlertFailed || got.Attempts != 1 || got.ProviderCode != 93000 || got.LastError != "HTTP 200, code 93000: invalid webhook url" {
		t.Fatalf("delivery = %+v", got)
	}
}

// A provider's own rate-limit answer holds that channel back, costs no
// attempt and leaves other channels alone.
func TestDispatcher_ProviderRateLimitHoldsOnlyThatChannel(t *testing.T) {
	clock := newClock(t0)
	q := newMemQueue(clock, channel(1, kefu.AlertChannelDingTalk), channel(2, kefu.AlertChannelDingTalk))
	for range 3 {
		q.add(1, alert("busy robot"))
		q.add(2, alert("quiet robot"))
	}
	s := &scripted{answer: func(ch *kefu.AlertChannel, _ *kefu.Alert) *kefu.AlertSendResult {
		if ch.ID == 1 {
			return &kefu.AlertSendResult{Status: 200, ProviderCode: 130101, Message: "send too fast", Retryable: true, RateLimited: true, RetryAfter: 10 * time.Minute}
		}
		return okResult(200)
	}}
	d := newDispatcher(q, s)
	sendDue(t, d)
	if s.count(1) != 1 || s.count(2) != 3 {
		t.Fatalf("sends: busy robot %d (want 1, then held), quiet robot %d (want 3)", s.count(1), s.count(2))
	}
	for _, id := range []int64{1, 3, 5} {
		got := q.get(id)
		if got.Status != kefu.AlertQueued || got.Attempts != 0 || !got.NextAttemptAt.Equal(t0.Add(10*time.Minute)) {
			t.Errorf("busy robot's delivery %d = %+v", id, got)
		}
	}
	// A day of refusals is enough: the alert fails rather than wait forever.
	clock.Add(25 * time.Hour)
	sendDue(t, d)
	if got := q.get(1); got.Status != kefu.AlertFailed || !strings.Contains(got.LastError, "rate limited after 24h0m0s") {
		t.Fatalf("after a day: %+v", got)
	}
}

// A robot that never answers costs its own deliveries their timeout and
// nobody else anything.
func TestDispatcher_AHangingRobotDoesNotBlockOtherChannels(t *testing.T) {
	clock := newClock(t0)
	q := newMemQueue(clock, channel(1, kefu.AlertChannelWeCom), channel(2, kefu.AlertChannelSlack))
	q.add(1, alert("to the hanging robot"))
	q.add(2, alert("to slack"))
	release := make(chan struct{})
	var slackDone sync.WaitGroup
	slackDone.Add(1)
	s := &scripted{answer: func(ch *kefu.AlertChannel, _ *kefu.Alert) *kefu.AlertSendResult {
		if ch.ID == 2 {
			defer slackDone.Done()
			return okResult(200)
		}
		<-release // hangs until Slack's delivery went out
		return &kefu.AlertSendResult{Message: "no answer: timeout", Retryable: true}
	}}
	d := newDispatcher(q, s)
	go func() { slackDone.Wait(); close(release) }()
	sendDue(t, d)
	if got := q.get(2); got.Status != kefu.AlertSent {
		t.Fatalf("slack delivery = %+v", got)
	}
	if got := q.get(1); got.Status != kefu.AlertQueued || got.Attempts != 1 {
		t.Fatalf("hanging robot's delivery = %+v", got)
	}
}

func TestDispatcher_DropsLinksOutsideKefuAndDisabledChannelsFail(t *testing.T) {
	clock := newClock(t0)
	off := channel(2, kefu.AlertChannelWeCom)
	off.Enabled = false
	q := newMemQueue(clock, channel(1, kefu.AlertChannelWeCom), off)
	foreign := alert("phish")
	foreign.URL = "http://kefu.test.evil.example/tickets/42"
	q.add(1, foreign)
	q.add(1, alert("ours"))
	q.add(2, alert("to a disabled channel"))
	s := &scripted{}
	sendDue(t, newDispatcher(q, s))
	if got := s.sent[1]; len(got) != 2 || got[0].URL != "" || got[1].URL != ticketLink {
		t.Fatalf("links sent = %q, %q", got[0].URL, got[1].URL)
	}
	if got := q.get(3); got.Status != kefu.AlertFailed || got.LastError != "the channel was disabled" || s.count(2) != 0 {
		t.Fatalf("disabled channel's delivery = %+v", got)
	}
}

func TestDispatcher_DigestIsQueuedOncePerChannelAndDay(t *testing.T) {
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Skip("no tzdata")
	}
	clock := newClock(time.Date(2026, 11, 20, 8, 59, 0, 0, shanghai))
	dispute := channel(3, kefu.AlertChannelWeCom)
	dispute.Kinds = []string{kefu.AlertDisputeNew}
	off := channel(4, kefu.AlertChannelSlack)
	off.Enabled = false
	us := channel(2, kefu.AlertChannelFeishu)
	us.StoreID = 7
	q := newMemQueue(clock, channel(1, kefu.AlertChannelWeCom), us, dispute, off)
	q.counts = kefu.AlertDigest{OpenTickets: 12, BreachedSLA: 3, DisputesDueSoon: 2, SuspectedPhishing: 1}
	d := newDispatcher(q, &scripted{})
	d.Digest = DigestSchedule{Hour: 9, Location: shanghai}
	replica := newDispatcher(q, &scripted{})
	replica.Digest = d.Digest

	if n, err := d.EnqueueDigests(context.Background()); err != nil || n != 0 {
		t.Fatalf("at 08:59: %d, %v", n, err)
	}
	clock.Add(time.Minute)
	if n, err := d.EnqueueDigests(context.Background()); err != nil || n != 2 {
		t.Fatalf("at 09:00: %d queued, %v; want 2 (the all-kinds channels, enabled)", n, err)
	}
	if n, _ := replica.EnqueueDigests(context.Background()); n != 0 {
		t.Fatalf("a second replica queued %d more", n)
	}
	clock.Add(3 * time.Hour)
	if n, _ := d.EnqueueDigests(context.Background()); n != 0 {
		t.Fatalf("later the same day: %d more", n)
	}
	got := q.get(2)
	if got.ChannelID != 2 || got.Alert.Kind != kefu.AlertDailyDigest || got.Alert.StoreID != 7 || got.Alert.URL != "http://kefu.test/" ||
		got.Alert.Title != "每日摘要 Daily digest 2026-11-20" || !strings.Contains(got.Alert.Text, "已超时 Past SLA: 3") {
		t.Fatalf("digest = %+v", got)
	}
	clock.Add(21 * time.Hour) // 09:00 the next day
	if n, _ := replica.EnqueueDigests(context.Background()); n != 2 {
		t.Fatalf("next day: %d queued, want 2", n)
	}
}

func TestDispatcher_TestChannelAnswersWithTheProvidersResult(t *testing.T) {
	clock := newClock(t0)
	q := newMemQueue(clock, channel(1, kefu.AlertChannelSlack))
	s := &scripted{answer: func(*kefu.AlertChannel, *kefu.Alert) *kefu.AlertSendResult {
		return &kefu.AlertSendResult{Status: 404, Message: "no_service"}
	}}
	d := newDispatcher(q, s)
	res, err := d.TestChannel(context.Background(), 1)
	if err != nil || res.OK || res.Status != 404 || res.Message != "no_service" {
		t.Fatalf("test = %+v, %v", res, err)
	}
	if sent := s.sent[1]; len(sent) != 1 || sent[0].Title != "kefu 测试消息 Test alert" {
		t.Fatalf("sent %+v", sent)
	}
	// Slack takes one a second: a second test right away is answered, not sent.
	res, err = d.TestChannel(context.Background(), 1)
	if err != nil || res.OK || !res.RateLimited || s.count(1) != 1 {
		t.Fatalf("second test = %+v, %v", res, err)
	}
	if _, err := d.TestChannel(context.Background(), 99); kefu.ErrorCode(err) != kefu.ENOTFOUND {
		t.Fatalf("unknown channel: %v", err)
	}
}
