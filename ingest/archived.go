package ingest

import "sync"

// Bounds of the archived queue: a few seconds of a burst at thousands of
// events a second, and never much memory when the events are large mail.
const (
	archivedQueueEvents = 8192
	archivedQueueBytes  = 32 << 20
)

// archivedQueue holds events this process archived for the process loop,
// prepared as Accept left them. The loop takes them from here instead of
// reading them back and decoding them again on its one goroutine, which
// under load is the pipeline's narrowest point. The database stays the
// record: what does not fit, or is left when kefu stops, is found there
// by DueEvents, and the claim in the processing transaction makes an
// event taken both ways run once.
type archivedQueue struct {
	mu    sync.Mutex
	evs   []*Event
	bytes int
}

// push queues ev, unless the queue is full.
func (q *archivedQueue) push(ev *Event) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.evs) >= archivedQueueEvents || q.bytes+len(ev.Payload) > archivedQueueBytes {
		return
	}
	q.evs = append(q.evs, ev)
	q.bytes += len(ev.Payload)
}

// take removes and returns up to n events, oldest first.
func (q *archivedQueue) take(n int) []*Event {
	q.mu.Lock()
	defer q.mu.Unlock()
	n = min(n, len(q.evs))
	out := make([]*Event, n)
	copy(out, q.evs)
	for _, ev := range out {
		q.bytes -= len(ev.Payload)
	}
	q.evs = append(q.evs[:0], q.evs[n:]...)
	return out
}

// putBack returns events taken but not processed to the front.
func (q *archivedQueue) putBack(evs []*Event) {
	if len(evs) == 0 {
		return
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, ev := range evs {
		q.bytes += len(ev.Payload)
	}
	q.evs = append(evs[:len(evs):len(evs)], q.evs...)
}

func (q *archivedQueue) clear() {
	q.mu.Lock()
	defer q.mu.Unlock()
	clear(q.evs)
	q.evs, q.bytes = q.evs[:0], 0
}
