package search

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	maxPhrases      = 16 // more terms than this is not a search, it is a paste
	maxPhraseTokens = 32
)

// Query is a parsed user query: every Phrase must match (AND).
type Query struct {
	Phrases []Phrase
}

// Phrase is a sequence of tokens that must appear adjacent and in order in
// the document's Tokens. If Prefix is set, the last token matches any token
// it is a prefix of.
type Phrase struct {
	Tokens []string
	Prefix bool
}

// IsEmpty reports whether q has nothing to search for. FTS5 and TSQuery of an
// empty query are "", which neither database accepts, so check first.
func (q Query) IsEmpty() bool { return len(q.Phrases) == 0 }

// Parse builds a Query from what a user typed.
//
// The input is split on whitespace into groups. Within a group every maximal
// run of one token class is its own phrase, so "iphone手机" gives [iphone] and
// [手机]. A word phrase holds its word tokens ("hoàn-tiền" → [hoan tien],
// "john.doe@gmail.com" → [john doe gmail com]) and is a prefix phrase when its
// last token is a letter word of at least three runes ("refund" finds
// "refunded"; Hangul from two syllables, as Korean attaches particles: 환불
// finds 환불을) but never when it contains digits, as order numbers must match
// exactly. A Han/kana/Thai run of two or more characters gives its bigrams
// (without the trailing unigram Tokens adds: the query must not require the
// run to end there); a single character is a prefix phrase of itself.
//
// Double quotes ("hoan tien", also “…” and ＂…＂) keep words in one phrase
// across whitespace; otherwise separate words are separate phrases, matched
// in any order. Input without letters or digits gives an empty Query. At most
// 16 phrases of at most 32 tokens are kept.
func Parse(q string) Query {
	var p parser
	var f folder
	f.reset(q)
	// Stop reading once the phrase limit is reached: a pasted megabyte must
	// not cost more than a normal query.
	for len(p.q.Phrases) < maxPhrases {
		r, _, _, ok := f.next()
		if !ok {
			break
		}
		switch {
		case r == '"' || r == '“' || r == '”' || r == '„':
			p.endPhrase()
			p.quoted = !p.quoted
		case unicode.IsSpace(r): // after NFKC this includes the ideographic space
			if p.quoted {
				p.endWord()
				p.endRun()
			} else {
				p.endPhrase()
			}
		default:
			switch classOf(r) {
			case clsWord:
				p.endRun()
				p.addWordRune(r)
			case clsCont:
				if p.cur.Tokens != nil || len(p.word) > 0 {
					p.endPhrase() // word → continua: new phrase
				}
				if len(p.run) <= maxPhraseTokens { // enough for 32 bigrams
					p.run = append(p.run, r)
				}
			default:
				// Punctuation inside a word group joins its parts
				// (john.doe@gmail.com) but ends a continua run.
				p.endWord()
				p.endRun()
			}
		}
	}
	f.release()
	p.endPhrase()
	return p.q
}

type parser struct {
	q      Query
	quoted bool

	cur      Phrase // word phrase being built
	word     []byte // word being built
	wordFull bool
	dropped  bool   // cur lost tokens to maxPhraseTokens
	run      []rune // continua run being built
}

func (p *parser) addWordRune(r rune) {
	if p.wordFull || len(p.word)+utf8.RuneLen(r) > MaxWordBytes {
		p.wordFull = true // same truncation as AppendTokens
		return
	}
	p.word = utf8.AppendRune(p.word, r)
}

func (p *parser) endWord() {
	if len(p.word) == 0 {
		return
	}
	if len(p.cur.Tokens) < maxPhraseTokens {
		p.cur.Tokens = append(p.cur.Tokens, string(p.word))
	} else {
		p.dropped = true
	}
	p.word = p.word[:0]
	p.wordFull = false
}

// endRun turns a finished continua run into its own phrase.
func (p *parser) endRun() {
	if len(p.run) == 0 {
		return
	}
	var ph Phrase
	if len(p.run) == 1 {
		ph = Phrase{Tokens: []string{string(p.run)}, Prefix: true}
	} else {
		for i := 1; i < len(p.run) && len(ph.Tokens) < maxPhraseTokens; i++ {
			ph.Tokens = append(ph.Tokens, string(p.run[i-1:i+1]))
		}
	}
	p.run = p.run[:0]
	p.add(ph)
}

// endPhrase finishes everything in progress.
func (p *parser) endPhrase() {
	p.endRun()
	p.endWord()
	if len(p.cur.Tokens) > 0 {
		// A phrase that had to drop tokens ends on a complete word, which
		// must then match exactly.
		p.cur.Prefix = !p.dropped && isPrefixWord(p.cur.Tokens[len(p.cur.Tokens)-1])
		p.add(p.cur)
	}
	p.cur = Phrase{}
	p.dropped = false
}

func (p *parser) add(ph Phrase) {
	if len(p.q.Phrases) >= maxPhrases {
		return
	}
	for _, o := range p.q.Phrases {
		if o.Prefix == ph.Prefix && slicesEqual(o.Tokens, ph.Tokens) {
			return // "退款 退款" is one condition
		}
	}
	p.q.Phrases = append(p.q.Phrases, ph)
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// isPrefixWord reports whether a word token is long enough, and made of
// letters only, to be matched as a prefix.
func isPrefixWord(tok string) bool {
	n, hangul := 0, 0
	for _, r := range tok {
		if unicode.IsNumber(r) {
			return false
		}
		if 0xAC00 <= r && r <= 0xD7A3 {
			hangul++
		}
		n++
	}
	return n >= 3 || (n == 2 && hangul == 2)
}

// FTS5 returns an SQLite FTS5 MATCH expression for q: each phrase as one
// double-quoted string ("hoan tien"), a prefix phrase followed by " *",
// phrases joined by " AND ". Everything from the user is inside double quotes
// with any " doubled, so nothing typed can become FTS5 syntax (NEAR, OR, ^,
// column filters …). Returns "" for an empty query.
func (q Query) FTS5() string {
	var b strings.Builder
	for _, ph := range q.Phrases {
		if !hasToken(ph.Tokens) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" AND ")
		}
		b.WriteByte('"')
		first := true
		for _, t := range ph.Tokens {
			if t == "" {
				continue
			}
			if !first {
				b.WriteByte(' ')
			}
			first = false
			b.WriteString(strings.ReplaceAll(t, `"`, `""`))
		}
		b.WriteByte('"')
		if ph.Prefix {
			b.WriteString(" *")
		}
	}
	return b.String()
}

// TSQuery returns a PostgreSQL tsquery literal for q, to be passed as a
// parameter and cast with $1::tsquery. Not to_tsquery: that would run
// PostgreSQL's parser and stemmer over tokens that must stay as they are.
// Lexemes are single-quoted with ' and \ escaped, a phrase's tokens joined by
// <->, a prefix token written 'tok':*, and phrases joined by &; phrases of
// several tokens are parenthesized. Returns "" for an empty query.
func (q Query) TSQuery() string {
	var b strings.Builder
	for _, ph := range q.Phrases {
		if !hasToken(ph.Tokens) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" & ")
		}
		n := 0
		for _, t := range ph.Tokens {
			if t != "" {
				n++
			}
		}
		if n > 1 {
			b.WriteByte('(')
		}
		i := 0
		for _, t := range ph.Tokens {
			if t == "" {
				continue
			}
			if i > 0 {
				b.WriteString(" <-> ")
			}
			writePGLexeme(&b, t)
			i++
			if i == n && ph.Prefix {
				b.WriteString(":*")
			}
		}
		if n > 1 {
			b.WriteByte(')')
		}
	}
	return b.String()
}

func hasToken(toks []string) bool {
	for _, t := range toks {
		if t != "" {
			return true
		}
	}
	return false
}

// writePGLexeme writes t as a quoted tsvector/tsquery lexeme.
func writePGLexeme(b *strings.Builder, t string) {
	b.WriteByte('\'')
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case '\'':
			b.WriteString("''")
		case '\\':
			b.WriteString(`\\`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('\'')
}

const (
	pgMaxPos        = 16383   // largest position PostgreSQL stores
	pgMaxPositions  = 256     // positions per lexeme PostgreSQL keeps
	pgMaxLexemeSize = 1 << 19 // stay well below tsvector's 1 MB of lexeme text
)

// TSVector returns a PostgreSQL tsvector literal of tokens, to be passed as a
// parameter and cast with $1::tsvector: each distinct token once, with its
// 1-based positions ('a':1 'b':2,4), quoted and escaped like TSQuery.
// Positions past 16383, PostgreSQL's maximum, are stored as 16383, so phrase
// matching only works within the first 16383 tokens; PostgreSQL also keeps at
// most 256 positions per lexeme, so more are not written. Distinct lexemes
// beyond 512 KB of text are dropped rather than have PostgreSQL reject the
// whole row. Returns "" for no tokens.
func TSVector(tokens []string) string {
	if len(tokens) == 0 {
		return ""
	}
	type entry struct {
		tok string
		pos []int
	}
	index := make(map[string]int, len(tokens))
	entries := make([]entry, 0, len(tokens))
	size := 0
	for i, t := range tokens {
		if t == "" {
			continue
		}
		pos := min(i+1, pgMaxPos)
		k, ok := index[t]
		if !ok {
			if size+len(t) > pgMaxLexemeSize {
				continue
			}
			size += len(t)
			k = len(entries)
			index[t] = k
			entries = append(entries, entry{tok: t})
		}
		e := &entries[k]
		if n := len(e.pos); n < pgMaxPositions && (n == 0 || e.pos[n-1] != pos) {
			e.pos = append(e.pos, pos)
		}
	}
	var b strings.Builder
	b.Grow(size + 8*len(tokens))
	var num [8]byte
	for i, e := range entries {
		if i > 0 {
			b.WriteByte(' ')
		}
		writePGLexeme(&b, e.tok)
		for j, p := range e.pos {
			if j == 0 {
				b.WriteByte(':')
			} else {
				b.WriteByte(',')
			}
			b.Write(strconv.AppendInt(num[:0], int64(p), 10))
		}
	}
	return b.String()
}
