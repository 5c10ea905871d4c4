package imap

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"testing"
	"time"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"kefu/ingest"
)

var t0 = time.Date(2026, 11, 3, 9, 30, 0, 0, time.UTC)

// mailN is a small, distinct, CRLF message with a Message-ID.
func mailN(n int) string {
	return fmt.Sprintf("From: Buyer %d <buyer%d@marketplace.amazon.com>\r\n"+
		"To: support@shop.example\r\n"+
		"Subject: =?UTF-8?B?5oiR55qE6K6i5Y2V?= #%d\r\n"+
		"Message-ID: <order-%d@relay.amazon.com>\r\n"+
		"Date: Tue, 03 Nov 2026 09:30:00 +0000\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n"+
		"\r\n"+
		"我的订单还没有到 #%d\r\n", n, n, n, n, n)
}

func newPoller(ts *testServer, sink ingest.Acceptor, states StateStore) *Poller {
	return &Poller{
		Mailbox: Mailbox{StoreID: 7, Name: "support", Addr: ts.Addr, TLS: "none",
			Username: testUser, Password: testPassword},
		Sink: sink, States: states,
		Interval: 20 * time.Millisecond, backoffBase: 10 * time.Millisecond,
	}
}

func pollOnce(t *testing.T, p *Poller) int {
	t.Helper()
	n, err := p.PollOnce(context.Background())
	if err != nil {
		t.Fatalf("PollOnce: %v", err)
	}
	return n
}

func TestPollOnceImportsMailInUIDOrderWithExactBytesAcrossBatches(t *testing.T) {
	ts := startServer(t)
	noID := "From: a@b.example\r\nSubject: no id\r\n\r\nbody without a Message-ID\r\n"
	var raws []string
	for i := 1; i <= 4; i++ {
		raws = append(raws, mailN(i))
	}
	raws = append(raws, noID)
	for i, raw := range raws {
		ts.appendMail(t, raw, t0.Add(time.Duration(i)*time.Minute))
	}
	sink, states := newFakeSink(), newMemStates()
	p := newPoller(ts, sink, states)
	p.BatchSize = 2 // three batches for five mails

	if n := pollOnce(t, p); n != 5 {
		t.Fatalf("accepted %d, want 5", n)
	}
	events, _ := sink.snapshot()
	if len(events) != 5 {
		t.Fatalf("sink got %d events, want 5", len(events))
	}
	for i, ev := range events {
		uid := i + 1
		if string(ev.Payload) != raws[i] {
			t.Errorf("event %d payload differs:\n got %q\nwant %q", i, ev.Payload, raws[i])
		}
		if ev.Source != ingest.SourceEmail || ev.Type != "email" || ev.StoreID != 7 {
			t.Errorf("event %d: source/type/store = %q/%q/%d", i, ev.Source, ev.Type, ev.StoreID)
		}
		if want := t0.Add(time.Duration(i) * time.Minute); !ev.ReceivedAt.Equal(want) {
			t.Errorf("event %d ReceivedAt = %v, want INTERNALDATE %v", i, ev.ReceivedAt, want)
		}
		if want := fmt.Sprintf("imap uidvalidity=%d uid=%d", states.get(t).UIDValidity, uid); ev.Verification != want {
			t.Errorf("event %d Verification = %q, want %q", i, ev.Verification, want)
		}
		if ev.Headers["Mailbox"] != "support" || ev.Headers["Uid"] != fmt.Sprint(uid) {
			t.Errorf("event %d headers = %v", i, ev.Headers)
		}
	}
	if got, want := events[0].ExternalID, "<order-1@relay.amazon.com>|support"; got != want {
		t.Errorf("ExternalID = %q, want %q", got, want)
	}
	if got := events[4].ExternalID; !strings.HasPrefix(got, "sha256:") || !strings.HasSuffix(got, "|support") || len(got) != len("sha256:")+64+len("|support") {
		t.Errorf("ExternalID without Message-ID = %q, want sha256:<hex>|support", got)
	}
	if st := states.get(t); st.LastUID != 5 || st.UIDValidity == 0 {
		t.Errorf("state = %+v, want LastUID 5 and a UIDVALIDITY", st)
	}
}

func TestPollingAgainOrRestartingNeitherSkipsNorReimports(t *testing.T) {
	ts := startServer(t)
	ts.appendMail(t, mailN(1), t0)
	ts.appendMail(t, mailN(2), t0)
	sink, states := newFakeSink(), newMemStates()

	if n := pollOnce(t, newPoller(ts, sink, states)); n != 2 {
		t.Fatalf("first poll accepted %d, want 2", n)
	}
	p := newPoller(ts, sink, states)
	if n := pollOnce(t, p); n != 0 {
		t.Fatalf("second poll accepted %d, want 0", n)
	}
	// A restart is a new Poller over the same saved state.
	restarted := newPoller(ts, sink, states)
	if n := pollOnce(t, restarted); n != 0 {
		t.Fatalf("poll after restart accepted %d, want 0", n)
	}

	ts.appendMail(t, mailN(3), t0)
	ts.appendMail(t, mailN(4), t0)
	if n := pollOnce(t, restarted); n != 2 {
		t.Fatalf("poll after new mail accepted %d, want 2", n)
	}
	events, dups := sink.snapshot()
	var got []string
	for _, ev := range events {
		got = append(got, ev.ExternalID)
	}
	want := []string{"<order-1@relay.amazon.com>|support", "<order-2@relay.amazon.com>|support",
		"<order-3@relay.amazon.com>|support", "<order-4@relay.amazon.com>|support"}
	if strings.Join(got, ",") != strings.Join(want, ",") || len(dups) != 0 {
		t.Fatalf("sink got %v (dups %v), want exactly %v", got, dups, want)
	}
	if st := states.get(t); st.LastUID != 4 {
		t.Errorf("LastUID = %d, want 4", st.LastUID)
	}
}

func TestUIDValidityChangeReimportsFromScratchAsDuplicates(t *testing.T) {
	ts := startServer(t)
	ts.appendMail(t, mailN(1), t0)
	ts.appendMail(t, mailN(2), t0)
	sink, states := newFakeSink(), newMemStates()
	logs := &logRecorder{}
	p := newPoller(ts, sink, states)
	p.Logger = slog.New(logs)
	pollOnce(t, p)
	before := states.get(t)

	// The folder is rebuilt: same mails, new UIDVALIDITY, UIDs from 1 —
	// and one mail that the old LastUID would have hidden.
	ts.recreateInbox(t)
	ts.appendMail(t, mailN(1), t0)
	ts.appendMail(t, mailN(2), t0)
	ts.appendMail(t, mailN(3), t0)
	sink.reset()

	if n := pollOnce(t, p); n != 3 {
		t.Fatalf("accepted %d after UIDVALIDITY change, want 3", n)
	}
	events, dups := sink.snapshot()
	if len(events) != 3 || len(dups) != 2 ||
		dups[0] != "<order-1@relay.amazon.com>|support" || dups[1] != "<order-2@relay.amazon.com>|support" {
		t.Fatalf("events %d, dups %v: want mails 1 and 2 reported as duplicates by ExternalID", len(events), dups)
	}
	after := states.get(t)
	if after.UIDValidity == before.UIDValidity || after.LastUID != 3 {
		t.Errorf("state %+v → %+v, want a new UIDVALIDITY and LastUID 3", before, after)
	}
	if logs.count("imap UIDVALIDITY changed; re-importing the folder") != 1 {
		t.Errorf("UIDVALIDITY change not logged once: %v", logs.msgs)
	}
}

func TestSinkErrorLeavesStateAndIsRetriedNextPoll(t *testing.T) {
	ts := startServer(t)
	ts.appendMail(t, mailN(1), t0)
	ts.appendMail(t, mailN(2), t0)
	sink, states := newFakeSink(), newMemStates()
	p := newPoller(ts, sink, states)

	pollOnce(t, p)
	ts.appendMail(t, mailN(3), t0)
	sink.failures = 1
	n, err := p.PollOnce(context.Background())
	if err == nil || !strings.Contains(err.Error(), "pipeline unavailable") || n != 0 {
		t.Fatalf("PollOnce = %d, %v; want 0 and the sink's error", n, err)
	}
	if st := states.get(t); st.LastUID != 2 {
		t.Fatalf("LastUID = %d after a failed Accept, want 2", st.LastUID)
	}
	if n := pollOnce(t, p); n != 1 {
		t.Fatalf("retry accepted %d, want 1", n)
	}
	events, _ := sink.snapshot()
	if last := events[len(events)-1]; last.ExternalID != "<order-3@relay.amazon.com>|support" {
		t.Errorf("retried event = %q", last.ExternalID)
	}
	if st := states.get(t); st.LastUID != 3 {
		t.Errorf("LastUID = %d, want 3", st.LastUID)
	}
}

func TestOversizedMessageBecomesTooLargeEventWithHeaderOnly(t *testing.T) {
	ts := startServer(t)
	header := "From: buyer@marketplace.amazon.com\r\n" +
		"Subject: photos of the damage\r\n" +
		"Message-ID: <big@relay.amazon.com>\r\n" +
		"Content-Type: application/octet-stream\r\n" +
		"\r\n"
	big := header + strings.Repeat("A", 8<<10) + "\r\n"
	ts.appendMail(t, big, t0)
	ts.appendMail(t, mailN(2), t0)
	sink, states := newFakeSink(), newMemStates()
	p := newPoller(ts, sink, states)
	p.MaxMessageBytes = 4 << 10

	if n := pollOnce(t, p); n != 2 {
		t.Fatalf("accepted %d, want 2 (the mailbox keeps flowing)", n)
	}
	events, _ := sink.snapshot()
	ev := events[0]
	if ev.Type != "email.too_large" {
		t.Fatalf("Type = %q, want email.too_large", ev.Type)
	}
	if string(ev.Payload) != header {
		t.Errorf("Payload = %q, want only the header %q", ev.Payload, header)
	}
	if ev.Headers["Size"] != fmt.Sprint(len(big)) || ev.ExternalID != "<big@relay.amazon.com>|support" {
		t.Errorf("headers %v, ExternalID %q", ev.Headers, ev.ExternalID)
	}
	if events[1].Type != "email" || string(events[1].Payload) != mailN(2) {
		t.Errorf("the next mail was not imported whole: %q", events[1].Type)
	}
	if st := states.get(t); st.LastUID != 2 {
		t.Errorf("LastUID = %d, want 2", st.LastUID)
	}
}

func TestFetchFailureDoesNotAdvancePastTheMessage(t *testing.T) {
	ts := startServer(t)
	for i := 1; i <= 3; i++ {
		ts.appendMail(t, mailN(i), t0)
	}
	ts.failBodyFetch(2, 1)
	sink, states := newFakeSink(), newMemStates()
	p := newPoller(ts, sink, states)

	if n := pollOnce(t, p); n != 2 {
		t.Fatalf("accepted %d, want 2 (mails 1 and 3)", n)
	}
	if st := states.get(t); st.LastUID != 1 {
		t.Fatalf("LastUID = %d, want 1: the unfetched mail 2 must be retried", st.LastUID)
	}
	if n := pollOnce(t, p); n != 2 {
		t.Fatalf("retry accepted %d, want 2 (mail 2, and mail 3 again)", n)
	}
	events, dups := sink.snapshot()
	var ids []string
	for _, ev := range events {
		ids = append(ids, strings.TrimSuffix(ev.ExternalID, "@relay.amazon.com>|support"))
	}
	if strings.Join(ids, ",") != "<order-1,<order-3,<order-2,<order-3" || len(dups) != 1 {
		t.Errorf("events %v, dups %v", ids, dups)
	}
	if st := states.get(t); st.LastUID != 3 {
		t.Errorf("LastUID = %d, want 3", st.LastUID)
	}
}

func TestPollingLeavesMailUnread(t *testing.T) {
	ts := startServer(t)
	ts.appendMail(t, mailN(1), t0)
	pollOnce(t, newPoller(ts, newFakeSink(), newMemStates()))

	c, err := imapclient.DialInsecure(ts.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(testUser, testPassword).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select("INBOX", &goimap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	msgs, err := c.Fetch(goimap.UIDSetNum(1), &goimap.FetchOptions{Flags: true}).Collect()
	if err != nil || len(msgs) != 1 {
		t.Fatalf("fetch flags: %v (%d)", err, len(msgs))
	}
	for _, f := range msgs[0].Flags {
		if f == goimap.FlagSeen {
			t.Fatal("polling marked the mail \\Seen")
		}
	}
}

func TestWrongPasswordIsAnErrorAndSavesNothing(t *testing.T) {
	ts := startServer(t)
	ts.appendMail(t, mailN(1), t0)
	sink, states := newFakeSink(), newMemStates()
	p := newPoller(ts, sink, states)
	p.Mailbox.Password = "wrong"
	n, err := p.PollOnce(context.Background())
	if err == nil || !strings.Contains(err.Error(), "login") || n != 0 {
		t.Fatalf("PollOnce = %d, %v; want a login error", n, err)
	}
	if events, _ := sink.snapshot(); len(events) != 0 || states.get(t) != (State{}) {
		t.Errorf("a failed login imported %d events / saved %+v", len(events), states.get(t))
	}
}

func TestRunRetriesWithBackoffUntilServerIsUpAndStopsOnCancel(t *testing.T) {
	// Reserve a port, then free it: the server is "down" there.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	sink, states := newFakeSink(), newMemStates()
	logs := &logRecorder{}
	p := newPoller(&testServer{Addr: addr}, sink, states)
	p.Logger = slog.New(logs)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()

	waitFor(t, "three failed polls", func() bool { return logs.count("imap poll failed") >= 3 })

	ln, err = net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("relisten on %s: %v", addr, err)
	}
	ts := serveOn(t, ln)
	ts.appendMail(t, mailN(1), t0)
	waitFor(t, "the mail after recovery", func() bool { ev, _ := sink.snapshot(); return len(ev) == 1 })

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run returned %v on cancel, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func TestBackoffGrowsAndIsCapped(t *testing.T) {
	p := &Poller{}
	prev := time.Duration(0)
	for n := 1; n <= 6; n++ {
		d := p.backoff(n)
		lo, hi := time.Second<<(n-1)*3/4, time.Second<<(n-1)*5/4
		if d < lo || d > hi {
			t.Errorf("backoff(%d) = %v, want within [%v, %v]", n, d, lo, hi)
		}
		if n > 2 && d <= prev/2 {
			t.Errorf("backoff(%d) = %v did not grow from %v", n, d, prev)
		}
		prev = d
	}
	if d := p.backoff(100); d > maxBackoff*5/4 {
		t.Errorf("backoff(100) = %v, want capped near %v", d, maxBackoff)
	}
}

func TestExternalIDNormalisesMessageID(t *testing.T) {
	for _, tc := range []struct{ name, raw, want string }{
		{"bracketed", "Message-ID: <a.b@x.example>\r\n\r\nhi", "<a.b@x.example>|support"},
		{"folded and padded", "Message-Id:\r\n   <a.b@x.example>  \r\n\r\nhi", "<a.b@x.example>|support"},
		{"bare, as some relays send", "Message-ID: a.b@x.example\r\n\r\nhi", "<a.b@x.example>|support"},
		{"with a comment", "Message-ID: <a.b@x.example> (relay)\r\n\r\nhi", "<a.b@x.example>|support"},
		{"empty", "Message-ID: \r\nSubject: x\r\n\r\nhi", ""},
		{"missing", "Subject: x\r\n\r\nhi", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ExternalID([]byte(tc.raw), "support")
			if tc.want == "" {
				if !strings.HasPrefix(got, "sha256:") || got != ExternalID([]byte(tc.raw), "support") {
					t.Fatalf("got %q, want a stable sha256: key", got)
				}
				return
			}
			if got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
