package classify

import (
	"testing"

	"kefu"
)

// The classifier's intents are the domain's, in the domain's order.
func TestClassifyIntentsAreTheTaxonomys(t *testing.T) {
	if len(kefu.Intents) != numIntents {
		t.Fatalf("kefu has %d intents, classify %d", len(kefu.Intents), numIntents)
	}
	for i, l := range kefu.Intents {
		if got := Intents()[i]; string(got) != l.ID || !got.Valid() || got.index() != i {
			t.Errorf("intent %d: %q, want %q", i, got, l.ID)
		}
	}
	if Intent("refund").Valid() || Intent("refund").index() != -1 {
		t.Error("an unknown intent is valid")
	}
}
