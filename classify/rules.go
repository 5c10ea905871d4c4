package classify

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The lexicon is the rule half of the classifier: phrases that signal an
// intent in each language, with a weight. The statistical model learns
// what a corpus can teach; the lexicon carries what one knows for sure
// about a language ("nunca llegó" is a parcel that never arrived, "拒付" is
// a chargeback) and what decides between two intents in one message.
//
// Files data/lexicon/<lang>.txt hold sections "[intent]" and lines
//
//	<weight>[~] <phrase>[=][ .. <phrase>[=]]
//
// Weight 1 is a hint, 2 a clear cue, 3 marks the intent as present for the
// tie-break (tiebreak.go), 4 is decisive: the phrase says what happened or
// what the buyer wants in so many words ("never arrived", "I want my money
// back", "charged twice"). A weight of "-" makes the line an exclusion:
// the intent's phrases that overlap it do not count ("received a reply"
// says nothing about a parcel that never arrived, so "haven't received a
// reply" is no not_received).
//
// Phrases are negatable: "not damaged", "I'm not going to file a
// chargeback", "没坏", "không muốn hủy" do not count (negation.go); "~"
// after the weight exempts a phrase. ("!" is accepted and means the
// default.) A phrase matches the folded text (lower case, no diacritics,
// simplified Chinese), starting at a word boundary for alphabetic scripts;
// "=" at its end also demands a word end ("tac=" is not "tactical").
// "a .. b" matches a followed by b within a few words. Every file applies
// to every message, since buyers mix languages ("我要 refund").

// rule is one lexicon line.
type rule struct {
	intent    int
	weight    float64
	negatable bool
	exclude   bool     // an exclusion span for the intent's other phrases
	parts     [2]int32 // phrase ids; parts[1] < 0 for a plain phrase
	source    string   // "en.txt:12", for tests and debugging
}

// ruleSet is the compiled lexicon.
type ruleSet struct {
	rules   []rule
	phrases []string
	m       *matcher
	// phraseRules lists, for each phrase id, the rules it is the first
	// (part 0) or the second (part 1) phrase of.
	phraseRules [][]partRef
}

type partRef struct {
	rule int32
	part int8
}

// gapBytes is how far apart the two phrases of "a .. b" may be: about six
// words, or a dozen Chinese or Thai characters.
const gapBytes = 40

func loadRules(fsys fs.FS, dir string) (*ruleSet, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	rs := &ruleSet{}
	ids := map[string]int32{}
	phraseID := func(p string) int32 {
		if id, ok := ids[p]; ok {
			return id
		}
		id := int32(len(rs.phrases))
		ids[p] = id
		rs.phrases = append(rs.phrases, p)
		return id
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		f, err := fsys.Open(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		intent, lineNo := -1, 0
		for sc.Scan() {
			lineNo++
			line := strings.TrimSpace(sc.Text())
			if line == "" || line[0] == '#' {
				continue
			}
			where := fmt.Sprintf("%s:%d", e.Name(), lineNo)
			if line[0] == '[' {
				intent = Intent(strings.Trim(line, "[]")).index()
				if intent < 0 {
					f.Close()
					return nil, fmt.Errorf("%s: unknown intent %s", where, line)
				}
				continue
			}
			r, parts, err := parseRule(line)
			if err != nil || intent < 0 {
				f.Close()
				return nil, fmt.Errorf("%s: bad rule %q: %v", where, line, err)
			}
			r.intent, r.source = intent, where
			r.parts = [2]int32{phraseID(parts[0]), -1}
			if len(parts) == 2 {
				r.parts[1] = phraseID(parts[1])
			}
			rs.rules = append(rs.rules, r)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	rs.phraseRules = make([][]partRef, len(rs.phrases))
	for i, r := range rs.rules {
		for p, id := range r.parts {
			if id >= 0 {
				rs.phraseRules[id] = append(rs.phraseRules[id], partRef{int32(i), int8(p)})
			}
		}
	}
	rs.m = newMatcher(rs.phrases)
	return rs, nil
}

// parseRule reads "<weight>[!] <phrase>[ .. <phrase>]" into a rule and its
// phrases in matching form.
func parseRule(line string) (rule, []string, error) {
	head, rest, ok := strings.Cut(line, " ")
	if !ok {
		return rule{}, nil, fmt.Errorf("want <weight> <phrase>")
	}
	r := rule{negatable: true}
	switch {
	case strings.HasSuffix(head, "!"):
		head = head[:len(head)-1]
	case strings.HasSuffix(head, "~"):
		r.negatable = false
		head = head[:len(head)-1]
	}
	if head == "-" {
		r.exclude = true
	} else {
		w, err := strconv.ParseFloat(head, 64)
		if err != nil || w <= 0 || w > 5 {
			return rule{}, nil, fmt.Errorf("weight %q: want a number in (0, 5] or -", head)
		}
		r.weight = w
	}
	var parts []string
	for p := range strings.SplitSeq(rest, " .. ") {
		wholeWord := strings.HasSuffix(p, "=")
		p = strings.TrimSpace(ruleText(fold(strings.TrimSuffix(strings.TrimSpace(p), "="))))
		if p == "" {
			return rule{}, nil, fmt.Errorf("empty phrase")
		}
		if first, _ := utf8.DecodeRuneInString(p); runeClass(first) == classWord {
			p = " " + p // start at a word boundary
		}
		if wholeWord {
			p += " "
		}
		parts = append(parts, p)
	}
	if len(parts) > 2 {
		return rule{}, nil, fmt.Errorf("at most one ' .. '")
	}
	return r, parts, nil
}

// ruleText returns folded text as the lexicon sees it: words separated by
// single spaces, a space between alphabetic and CJK/Thai runs, clause
// punctuation as " | " (a negation never reaches across it), apostrophes
// dropped, and a space at both ends so every word has a boundary.
func ruleText(folded string) string {
	var b strings.Builder
	b.Grow(len(folded) + 2)
	b.WriteByte(' ')
	prev := classOther
	space := true
	wordLen := 0 // letters of the current word, for elisions
	for _, r := range folded {
		if r == '\'' || r == '’' {
			if elision(b.String(), wordLen) {
				b.WriteByte(' ')
				space = true
				wordLen = 0
			}
			continue
		}
		if runeClass(r) == classWord {
			wordLen++
		} else {
			wordLen = 0
		}
		c := runeClass(r)
		switch {
		case c == classOther:
			if clauseBreak(r) {
				if !space {
					b.WriteByte(' ')
				}
				b.WriteString("| ")
				space = true
			} else if !space {
				b.WriteByte(' ')
				space = true
			}
		case prev != classOther && c != prev && !space:
			b.WriteByte(' ')
			fallthrough
		default:
			b.WriteRune(r)
			space = false
		}
		prev = c
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// elision reports whether an apostrophe after the word ending text (of
// wordLen letters) marks a French or Italian elision — l'article, d'erreur,
// j'ai, qu'il, n'est — rather than an English contraction: "don't" stays
// one word, "dont", but "d'erreur" must not become "derreur".
func elision(text string, wordLen int) bool {
	switch wordLen {
	case 1:
		return !strings.HasSuffix(text, " i") // English I'm, I'd, I'll
	case 2:
		return strings.HasSuffix(text, "qu")
	}
	return false
}

// ruleHits is what the lexicon found in one message.
type ruleHits struct {
	score [numIntents]float64 // strongest weight plus a share of the rest
	best  [numIntents]float64 // strongest single weight
	fired []int32             // rule ids, for explanations and tests
}

// ruleScratch is per-call state, reused through a pool by the model.
type ruleScratch struct {
	occ        []occurrence
	excl       []exclusion
	firstEnd   map[int32]int // phrase id → end of its last occurrence
	firstStart map[int32]int
	fired      map[int32]bool
	sum        [numIntents]float64
}

type occurrence struct {
	id         int32
	start, end int
}

type exclusion struct {
	intent     int
	start, end int
}

func newRuleScratch() *ruleScratch {
	return &ruleScratch{firstEnd: map[int32]int{}, firstStart: map[int32]int{}, fired: map[int32]bool{}}
}

// match runs the lexicon over rule text and fills hits.
//
// lang is the message's language: negation words are read in it, so that
// Portuguese "no" ("in the") does not negate "no Procon".
func (rs *ruleSet) match(text, lang string, s *ruleScratch, hits *ruleHits) {
	clear(s.firstEnd)
	clear(s.firstStart)
	clear(s.fired)
	s.occ, s.excl = s.occ[:0], s.excl[:0]
	s.sum = [numIntents]float64{}
	*hits = ruleHits{fired: hits.fired[:0]}
	fire := func(ri int32, start int) {
		r := &rs.rules[ri]
		if s.fired[ri] || (r.negatable && negatedAt(text, start, lang)) {
			return
		}
		s.fired[ri] = true
		hits.fired = append(hits.fired, ri)
		s.sum[r.intent] += r.weight
		hits.best[r.intent] = max(hits.best[r.intent], r.weight)
	}
	rs.m.each(text, func(id int32, start, end int) {
		s.occ = append(s.occ, occurrence{id, start, end})
	})
	// Exclusion spans first: a plain exclusion covers its phrase, "a .. b"
	// covers from a to b.
	for k, o := range s.occ {
		for _, ref := range rs.phraseRules[o.id] {
			r := &rs.rules[ref.rule]
			switch {
			case !r.exclude:
			case r.parts[1] < 0:
				s.excl = append(s.excl, exclusion{r.intent, o.start, o.end})
			case ref.part == 1:
				for _, p := range s.occ[:k] {
					if p.id == r.parts[0] && p.end <= o.start+1 && o.start-p.end <= gapBytes {
						s.excl = append(s.excl, exclusion{r.intent, p.start, o.end})
					}
				}
			}
		}
	}
	excluded := func(intent, start, end int) bool {
		for _, x := range s.excl {
			if x.intent == intent && x.start < end && start < x.end {
				return true
			}
		}
		return false
	}
	for _, o := range s.occ {
		for _, ref := range rs.phraseRules[o.id] {
			r := &rs.rules[ref.rule]
			switch {
			case r.exclude || excluded(r.intent, o.start, o.end):
			case r.parts[1] < 0:
				fire(ref.rule, o.start)
			case ref.part == 0:
				s.firstEnd[o.id], s.firstStart[o.id] = o.end, o.start
			default:
				first := r.parts[0]
				if e, ok := s.firstEnd[first]; ok && e <= o.start+1 && o.start-e <= gapBytes {
					fire(ref.rule, s.firstStart[first])
				}
			}
		}
	}
	for c := range hits.score {
		if b := hits.best[c]; b > 0 {
			hits.score[c] = b + 0.3*(s.sum[c]-b)
		}
	}
}
