package translate

import (
	"container/list"
	"sync"
)

// lru keeps recent translations in memory in front of the database, so
// the ticket page that ten agents open does not read the same row ten
// times. It is bounded by the bytes of the texts it holds.
type lru struct {
	mu       sync.Mutex
	maxBytes int
	bytes    int
	order    *list.List // front: most recently used
	items    map[string]*list.Element
}

type lruEntry struct {
	key string
	val Translation
}

func newLRU(maxBytes int) *lru {
	return &lru{maxBytes: maxBytes, order: list.New(), items: map[string]*list.Element{}}
}

func (e *lruEntry) cost() int { return len(e.key) + len(e.val.Text) + len(e.val.DetectedSource) + 64 }

func (c *lru) get(key string) (Translation, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		return Translation{}, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*lruEntry).val, true
}

func (c *lru) add(key string, val Translation) {
	e := &lruEntry{key: key, val: val}
	if e.cost() > c.maxBytes/8 {
		return // one huge text must not push out everything else
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.bytes -= el.Value.(*lruEntry).cost()
		el.Value = e
		c.order.MoveToFront(el)
	} else {
		c.items[key] = c.order.PushFront(e)
	}
	c.bytes += e.cost()
	for c.bytes > c.maxBytes {
		last := c.order.Back()
		old := last.Value.(*lruEntry)
		c.order.Remove(last)
		delete(c.items, old.key)
		c.bytes -= old.cost()
	}
}
