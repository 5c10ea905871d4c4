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

// kindsCase is a row of a rule table that names every kind the rules
// report, in the order of Kinds.
type kindsCase struct {
	platform Platform
	text     string
	want     []Kind
}

func checkKindsCases(t *testing.T, cases []kindsCase) {
	t.Helper()
	for _, c := range cases {
		if got := checkRules(c.platform, c.text).Kinds(); !slices.Equal(got, c.want) {
			t.Errorf("checkRules(%s, %q) = %v, want %v", c.platform, c.text, got, c.want)
		}
	}
}
