package compliance

import (
	"sort"
	"sync"
)

// Kind names what a finding is about. The values are stable: they appear
// in the API, in kefu lint's output and in stored reports.
type Kind string

const (
	ExternalLink       Kind = "external_link"        // a URL or domain the marketplace does not allow
	ContactInfo        Kind = "contact_info"         // an email address, phone number or messaging handle
	OffPlatformPayment Kind = "off_platform_payment" // PayPal, bank transfer, 转账 … outside the checkout
	ReviewManipulation Kind = "review_manipulation"  // incentives for reviews, asks to change or remove one
	Promotional        Kind = "promotional"          // marketing: codes for the next order, follow us, sales
	OffPlatformOrder   Kind = "off_platform_order"   // buy on our website, order via WhatsApp, 淘宝下单
)

// Kinds lists every kind, in the order findings of one place are reported.
var Kinds = []Kind{ExternalLink, ContactInfo, OffPlatformPayment, ReviewManipulation, Promotional, OffPlatformOrder}

// Violation is one finding in a message. Start and End are byte offsets
// into the text as given (UTF-8), on rune boundaries; Excerpt is
// text[Start:End].
type Violation struct {
	Kind     Kind   `json:"kind"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Excerpt  string `json:"excerpt"`
	Blocking bool   `json:"blocking"`
	Rule     string `json:"rule"` // a short English reason, for agents
}

// Report is the outcome of checking one message.
type Report struct {
	Violations []Violation `json:"violations"` // in text order; nil when the message is clean
	Blocked    bool        `json:"blocked"`    // some violation blocks sending on this platform
}

// Check checks an outgoing message against the messaging rules of a
// platform. An unknown platform is checked as PlatformOther. Check is safe
// for concurrent use.
func Check(platform Platform, text string) Report {
	sc := scans.Get().(*scan)
	defer scans.Put(sc)
	return sc.run(platform.known(), text, true)
}

// checkRules is Check without the model: the rules alone, which the
// cross-validation compares the model against.
func checkRules(platform Platform, text string) Report {
	sc := scans.Get().(*scan)
	defer scans.Put(sc)
	return sc.run(platform.known(), text, false)
}

// Kinds reports the distinct kinds of the report's violations.
func (r Report) Kinds() []Kind {
	var ks []Kind
	for _, k := range Kinds {
		for _, v := range r.Violations {
			if v.Kind == k {
				ks = append(ks, k)
				break
			}
		}
	}
	return ks
}

var scans = sync.Pool{New: func() any { return new(scan) }}

// scan is the working memory of one check, reused through scans so that a
// check allocates little beyond its report.
type scan struct {
	platform Platform
	f        folded // the text, folded
	t        string // f.b as a string
	c        folded // f with spaced-out characters joined, when there are any
	units    []unit
	skel     []byte
	skelAt   []int32
	forced   []unit
	drop     []int32
	claimed  []span // original spans already reported as email addresses
	found    []finding
	feats    []feature // the model's features of the message or a sentence
	carrying bool      // inside carried: the items of a list are not carried again
	warned   sentMemo  // warning's answer for the last sentence asked about
}

// sentMemo remembers a rule's answer for one sentence. A rule that reads
// a whole sentence, asked about each of its units, would otherwise make a
// long unpunctuated text cost the square of its length.
type sentMemo struct {
	sent     int32
	known, v bool
}

// span is a byte range of the original text.
type span struct{ s, e int }

// finding is a violation in original coordinates.
type finding struct {
	kind Kind
	s, e int
	rule string
}

func (sc *scan) run(p Platform, text string, withModel bool) Report {
	sc.prepare(p, text)

	// Addresses, links and numbers are read from the characters, once as
	// written and once with spaced-out characters joined ("y o u t u b e
	// . c o m", "4 1 5 5 5 5 0 1 2 3").
	sc.findEmails(&sc.f, sc.t)
	sc.findLinks(&sc.f, sc.t)
	sc.findIDNLinks()
	sc.findPhones(&sc.f, sc.t)
	if sc.collapse() {
		ct := string(sc.c.b)
		sc.findEmails(&sc.c, ct)
		sc.findLinks(&sc.c, ct)
		sc.findPhones(&sc.c, ct)
	}
	sc.findSpelledPhones()
	sc.findContact()
	sc.findPayment()
	sc.findOffPlatformOrder()
	sc.findReviewManipulation()
	sc.findPromotional()
	// The model last: it adds only kinds the rules did not report.
	if withModel {
		sc.addModelFindings()
	}
	return sc.report(text)
}

// add reports a finding spanning f.b[s:e].
func (sc *scan) add(k Kind, s, e int32, rule string) {
	sc.addView(k, &sc.f, int(s), int(e), rule)
}

// addView reports a finding spanning v.b[s:e] of a view of the text.
func (sc *scan) addView(k Kind, v *folded, s, e int, rule string) {
	if s < 0 || e <= s || e > len(v.b) {
		return
	}
	sc.found = append(sc.found, finding{kind: k, s: int(v.from[s]), e: int(v.to[e-1]), rule: rule})
}

// claim marks v.b[s:e] as reported, so that no other detector reports it
// under another kind (an email address's domain as a link).
func (sc *scan) claim(v *folded, s, e int) {
	sc.claimed = append(sc.claimed, span{int(v.from[s]), int(v.to[e-1])})
}

func (sc *scan) claimedBy(v *folded, s, e int) bool {
	os, oe := int(v.from[s]), int(v.to[e-1])
	for _, c := range sc.claimed {
		if os < c.e && c.s < oe {
			return true
		}
	}
	return false
}

// addUnits reports a finding spanning units i through j.
func (sc *scan) addUnits(k Kind, i, j int, rule string) {
	if i > j {
		i, j = j, i
	}
	sc.add(k, sc.units[i].s, sc.units[j].e, rule)
}

// report maps findings back to the original text, merges overlapping
// findings of one kind and applies the platform's policy.
func (sc *scan) report(text string) Report {
	if len(sc.found) == 0 {
		return Report{}
	}
	fs := sc.found
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].kind != fs[j].kind {
			return kindIndex(fs[i].kind) < kindIndex(fs[j].kind)
		}
		return fs[i].s < fs[j].s
	})
	merged := fs[:1]
	for _, f := range fs[1:] {
		last := &merged[len(merged)-1]
		if f.kind == last.kind && f.s <= last.e {
			if f.e > last.e {
				last.e = f.e
			}
			continue
		}
		merged = append(merged, f)
	}
	r := Report{Violations: make([]Violation, 0, len(merged))}
	policy := policyFor(sc.platform)
	for _, f := range merged {
		start, end := f.s, f.e
		blocking := policy[kindIndex(f.kind)]
		r.Violations = append(r.Violations, Violation{
			Kind: f.kind, Start: start, End: end, Excerpt: text[start:end], Blocking: blocking, Rule: f.rule,
		})
		r.Blocked = r.Blocked || blocking
	}
	sort.SliceStable(r.Violations, func(i, j int) bool { return r.Violations[i].Start < r.Violations[j].Start })
	return r
}

func kindIndex(k Kind) int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return len(Kinds)
}
