package classify

// matcher finds every occurrence of a set of byte strings in one pass over
// a text (Aho–Corasick). The lexicon has thousands of phrases in some
// twenty languages; testing them one by one with strings.Index would cost
// more than everything else the classifier does per message.
//
// The trie lives in flat arrays (first child, next sibling, byte label)
// rather than maps, so that building it is cheap enough to happen every
// time the model loads, and the root has a dense table because almost
// every byte of a text starts at the root.
type matcher struct {
	child, sibling []int32 // first child and next sibling of a node, -1 for none
	label          []byte  // the byte on the edge into a node
	fail           []int32 // longest proper suffix of the node's path that is also a path
	out            []int32 // phrase id ending at the node, -1 for none
	dict           []int32 // nearest node on the fail chain with an output, -1 for none
	root           [256]int32
	lens           []int // phrase id → length in bytes
}

// newMatcher builds a matcher for phrases; a phrase's id is its index.
// Phrases must be distinct.
func newMatcher(phrases []string) *matcher {
	size := 1
	for _, p := range phrases {
		size += len(p)
	}
	m := &matcher{
		child: make([]int32, 1, size), sibling: make([]int32, 1, size), label: make([]byte, 1, size),
		fail: make([]int32, 1, size), out: make([]int32, 1, size), lens: make([]int, len(phrases)),
	}
	m.child[0], m.sibling[0], m.out[0] = -1, -1, -1
	for id, p := range phrases {
		s := int32(0)
		for i := 0; i < len(p); i++ {
			t := m.step(s, p[i])
			if t < 0 {
				t = int32(len(m.child))
				m.child = append(m.child, -1)
				m.sibling = append(m.sibling, m.child[s])
				m.label = append(m.label, p[i])
				m.fail = append(m.fail, 0)
				m.out = append(m.out, -1)
				m.child[s] = t
			}
			s = t
		}
		m.out[s] = int32(id)
		m.lens[id] = len(p)
	}
	for c := range m.root {
		if t := m.step(0, byte(c)); t >= 0 {
			m.root[c] = t
		}
	}
	// Breadth-first, so every node's fail link is known before its
	// children need it.
	m.dict = make([]int32, len(m.child))
	m.dict[0] = -1
	queue := make([]int32, 0, len(m.child))
	for t := m.child[0]; t >= 0; t = m.sibling[t] {
		m.dict[t] = -1
		queue = append(queue, t)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for t := m.child[s]; t >= 0; t = m.sibling[t] {
			m.fail[t] = m.next(m.fail[s], m.label[t])
			f := m.fail[t]
			if m.out[f] >= 0 {
				m.dict[t] = f
			} else {
				m.dict[t] = m.dict[f]
			}
			queue = append(queue, t)
		}
	}
	return m
}

// step follows the trie edge labelled c out of s, or returns -1.
func (m *matcher) step(s int32, c byte) int32 {
	for t := m.child[s]; t >= 0; t = m.sibling[t] {
		if m.label[t] == c {
			return t
		}
	}
	return -1
}

// next is the automaton's transition: the trie edge if there is one,
// otherwise the fail links' until one has it, ending at the root.
func (m *matcher) next(s int32, c byte) int32 {
	for s != 0 {
		if t := m.step(s, c); t >= 0 {
			return t
		}
		s = m.fail[s]
	}
	return m.root[c]
}

// each calls fn(id, start, end) for every occurrence of every phrase in
// text, in order of end position.
func (m *matcher) each(text string, fn func(id int32, start, end int)) {
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = m.next(s, text[i])
		o := s
		if m.out[o] < 0 {
			o = m.dict[o]
		}
		for ; o >= 0; o = m.dict[o] {
			id := m.out[o]
			fn(id, i+1-m.lens[id], i+1)
		}
	}
}
