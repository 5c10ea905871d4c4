package notify

import (
	"testing"
	"time"

	"kefu"
)

var t0 = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)

func TestLimiter_WeComTakesTwentyAMinuteThenQueues(t *testing.T) {
	l := newLimiter(DefaultRates)
	for i := range 20 {
		if wait := l.reserve(1, kefu.AlertChannelWeCom, t0.Add(time.Duration(i)*time.Second)); wait != 0 {
			t.Fatalf("send %d waits %s", i+1, wait)
		}
	}
	// The 21st, at 0:25, waits until the first leaves the window at 1:00.
	if wait := l.reserve(1, kefu.AlertChannelWeCom, t0.Add(25*time.Second)); wait != 35*time.Second {
		t.Fatalf("21st send waits %s, want 35s", wait)
	}
	// Another channel of the same type has its own budget.
	if wait := l.reserve(2, kefu.AlertChannelWeCom, t0.Add(25*time.Second)); wait != 0 {
		t.Fatalf("another robot waits %s", wait)
	}
	if wait := l.reserve(1, kefu.AlertChannelWeCom, t0.Add(60*time.Second)); wait != 0 {
		t.Fatalf("at 1:00 the send waits %s", wait)
	}
	if wait := l.reserve(1, kefu.AlertChannelWeCom, t0.Add(60*time.Second)); wait != time.Second {
		t.Fatalf("next send waits %s, want 1s (the second send left at 1:01)", wait)
	}
}

func TestLimiter_FeishuHasAPerSecondAndAPerMinuteLimit(t *testing.T) {
	l := newLimiter(DefaultRates)
	now := t0
	sent := 0
	// Offer a message every 100 ms for a minute.
	for i := 0; i < 600; i++ {
		if l.reserve(3, kefu.AlertChannelFeishu, now) == 0 {
			sent++
			// Never more than 5 in any second.
			in := 0
			for _, s := range l.sent[3] {
				if s.After(now.Add(-time.Second)) {
					in++
				}
			}
			if in > 5 {
				t.Fatalf("%d sends within a second at %s", in, now)
			}
		}
		now = now.Add(100 * time.Millisecond)
	}
	if sent != 100 {
		t.Fatalf("%d sent in a minute, want 100", sent)
	}
}

func TestLimiter_SlackOneASecondAndProviderHolds(t *testing.T) {
	l := newLimiter(DefaultRates)
	if l.reserve(4, kefu.AlertChannelSlack, t0) != 0 {
		t.Fatal("first send refused")
	}
	if wait := l.reserve(4, kefu.AlertChannelSlack, t0.Add(400*time.Millisecond)); wait != 600*time.Millisecond {
		t.Fatalf("second send waits %s", wait)
	}
	l.hold(4, t0.Add(30*time.Second)) // Slack answered 429 Retry-After: 30
	if wait := l.reserve(4, kefu.AlertChannelSlack, t0.Add(10*time.Second)); wait != 20*time.Second {
		t.Fatalf("held channel waits %s, want 20s", wait)
	}
	if wait := l.reserve(4, kefu.AlertChannelSlack, t0.Add(30*time.Second)); wait != 0 {
		t.Fatalf("after the hold the send waits %s", wait)
	}
}
