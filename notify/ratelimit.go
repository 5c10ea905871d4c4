package notify

import (
	"sync"
	"time"

	"kefu"
)

// Rate is at most N messages in any Per.
type Rate struct {
	N   int
	Per time.Duration
}

// DefaultRates are the providers' documented limits per robot, and a
// polite pace for mail: a delivery over the limit waits its turn.
var DefaultRates = map[string][]Rate{
	kefu.AlertChannelWeCom:    {{20, time.Minute}},
	kefu.AlertChannelDingTalk: {{20, time.Minute}},
	kefu.AlertChannelFeishu:   {{5, time.Second}, {100, time.Minute}},
	kefu.AlertChannelSlack:    {{1, time.Second}},
	kefu.AlertChannelEmail:    {{30, time.Minute}},
}

// limiter keeps each channel under its type's rates with sliding windows
// over the times of its recent sends. It is per process: with several
// replicas a robot may see their sum, and then its own rate-limit answer
// holds the channel back (see hold).
type limiter struct {
	rates map[string][]Rate

	mu      sync.Mutex
	sent    map[int64][]time.Time // per channel, oldest first, within the longest window
	heldTil map[int64]time.Time   // per channel: the provider asked to wait until then
}

func newLimiter(rates map[string][]Rate) *limiter {
	return &limiter{rates: rates, sent: map[int64][]time.Time{}, heldTil: map[int64]time.Time{}}
}

// reserve takes a send for channel id at now and returns 0, or returns
// how long to wait before one is free and takes nothing.
func (l *limiter) reserve(id int64, typ string, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if until := l.heldTil[id]; now.Before(until) {
		return until.Sub(now)
	} else if !until.IsZero() {
		delete(l.heldTil, id)
	}
	rates := l.rates[typ]
	longest := time.Duration(0)
	for _, r := range rates {
		longest = max(longest, r.Per)
	}
	sent := l.sent[id]
	for len(sent) > 0 && !sent[0].After(now.Add(-longest)) {
		sent = sent[1:]
	}
	var wait time.Duration
	for _, r := range rates {
		if r.N <= 0 {
			continue
		}
		// Sends inside this window, newest last.
		in := 0
		for i := len(sent) - 1; i >= 0 && sent[i].After(now.Add(-r.Per)); i-- {
			in++
		}
		if in >= r.N {
			// Free once the send N places back from the newest leaves the window.
			oldest := sent[len(sent)-r.N]
			wait = max(wait, oldest.Add(r.Per).Sub(now))
		}
	}
	if wait > 0 {
		l.sent[id] = sent
		return wait
	}
	l.sent[id] = append(sent, now)
	return 0
}

// hold keeps a channel quiet until the time its provider asked for.
func (l *limiter) hold(id int64, until time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if until.After(l.heldTil[id]) {
		l.heldTil[id] = until
	}
}
