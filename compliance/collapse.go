package compliance

import "unicode/utf8"

// collapse builds sc.c, the folded text with the spaces inside runs of
// four or more single characters removed: "w h a t s a p p" becomes
// "whatsapp", "y o u t u b e . c o m" becomes "youtube.com", "0 1 2 3 4 5
// 6 7 8 9" becomes "0123456789". After such a run and a word for "dot"
// ("l u m e n h o m e dot c o m") a run of two or three is the TLD and is
// joined too: "lumenhome dot com". It reports false, building nothing,
// when the text has no such run, which is almost always.
func (sc *scan) collapse() bool {
	b := sc.f.b
	sc.drop = sc.drop[:0]
	runLen, prevEnd := 0, -1
	minRun := 4
	lastLong := -1 // end of the last run of four or more
	var gaps [64]int32
	closeRun := func() {
		if runLen >= minRun {
			sc.drop = append(sc.drop, gaps[:min(runLen-1, len(gaps))]...)
			if runLen >= 4 {
				lastLong = prevEnd
			}
		}
		runLen, minRun = 0, 4
	}
	for i := 0; i < len(b); {
		if b[i] == ' ' {
			i++
			continue
		}
		if b[i] == '\n' {
			closeRun()
			prevEnd = -1
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] != ' ' && b[j] != '\n' {
			j++
		}
		// A dash does not start a run, nor go on with a TLD: "site — l u
		// m e n h o m e dot c o m — it's" keeps its dashes apart.
		single := utf8.RuneCount(b[i:j]) == 1 && !(b[i] == '-' && (runLen == 0 || minRun == 2))
		switch {
		case !single:
			closeRun()
			if lastLong >= 0 && lastLong == prevEnd && i-prevEnd == 1 && spelledDot(b[i:j]) {
				lastLong = j // the word for the dot: the TLD may follow
			}
		case runLen > 0 && prevEnd >= 0 && i-prevEnd <= 2:
			if runLen-1 < len(gaps) {
				gaps[runLen-1] = int32(prevEnd)
			}
			runLen++
		default:
			closeRun()
			runLen = 1
			if lastLong >= 0 && lastLong == prevEnd && i-prevEnd == 1 {
				minRun = 2
			}
		}
		prevEnd = j
		i = j
	}
	closeRun()
	if len(sc.drop) == 0 {
		return false
	}
	c := &sc.c
	c.src = sc.f.src
	c.b, c.from, c.to = c.b[:0], c.from[:0], c.to[:0]
	d := 0
	for i := 0; i < len(b); i++ {
		if b[i] == ' ' {
			for d < len(sc.drop) && int(sc.drop[d]) < i && b[i-1] != ' ' {
				d++ // gap d ended before this space
			}
			if d < len(sc.drop) && int(sc.drop[d]) <= i && allSpaces(b[sc.drop[d]:i]) {
				continue
			}
		}
		c.b = append(c.b, b[i])
		c.from = append(c.from, sc.f.from[i])
		c.to = append(c.to, sc.f.to[i])
	}
	return true
}

// spelledDot reports the word for a dot that may stand between a spaced
// name and its TLD: "dot", "punto", "punkt" ….
func spelledDot(w []byte) bool {
	if string(w) == "dot" {
		return true
	}
	for _, d := range dotWords {
		if len(d) == len(w)+1 && d[:len(w)] == string(w) {
			return true
		}
	}
	return false
}

func allSpaces(b []byte) bool {
	for _, c := range b {
		if c != ' ' {
			return false
		}
	}
	return true
}
