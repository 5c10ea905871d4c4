package compliance

import (
	"slices"
	"testing"
)

// kindCase is a row of a rule table: whether the rules report kind for
// text on platform.
type kindCase struct {
	platform Platform
	text     string
	kind     Kind
	want     bool
}

func checkKindCases(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		got := slices.Contains(checkRules(c.platform, c.text).Kinds(), c.kind)
		if got != c.want {
			t.Errorf("%s %q: %s %v, want %v", c.platform, c.text, c.kind, got, c.want)
		}
	}
}

// kindsCase is a row of a rule table that names the kinds the rules must
// report on text, no more and no fewer, among the kinds a test looks at.
type kindsCase struct {
	platform Platform
	text     string
	want     []Kind
}

// checkKindsCases compares every kind the rules report.
func checkKindsCases(t *testing.T, cases []kindsCase) {
	t.Helper()
	checkKindsAmong(t, cases, Kinds...)
}

// checkKindsAmong compares only the kinds among those named: a table of
// sales off the platform leaves the contact details they give to another.
func checkKindsAmong(t *testing.T, cases []kindsCase, among ...Kind) {
	t.Helper()
	for _, c := range cases {
		reported := checkRules(c.platform, c.text).Kinds()
		var got, want []Kind
		for _, k := range among {
			if slices.Contains(reported, k) {
				got = append(got, k)
			}
			if slices.Contains(c.want, k) {
				want = append(want, k)
			}
		}
		if !slices.Equal(got, want) || len(want) != len(c.want) {
			t.Errorf("checkRules(%s, %q): got %v, want %v", c.platform, c.text, got, c.want)
		}
	}
}
