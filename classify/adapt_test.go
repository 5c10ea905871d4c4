package classify

import (
	"sync"
	"testing"
)

// An agent's correction changes the result for that seller at once, for
// the message itself and for the same message with other numbers and
// punctuation, and for no other seller.
func TestClassifyLearnsCorrectionForThatSellerOnly(t *testing.T) {
	c := New(Default())
	const msg = "The strap on my watch keeps coming loose, what can you do? Order 113-4958204-2203412"
	before := c.Classify("acme", msg)
	if before.Intent == ReturnExchange {
		t.Fatalf("the test needs a message not already classified %s", ReturnExchange)
	}
	if err := c.Learn("acme", msg, "", ReturnExchange); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		seller, text string
		want         Intent
	}{
		{"acme", msg, ReturnExchange},
		{"acme", "the strap on my watch keeps coming loose - what can you do?? order 114-0000000-1111111", ReturnExchange},
		{"globex", msg, before.Intent},
		{"", msg, before.Intent},
	} {
		if got := c.Classify(tc.seller, tc.text); got.Intent != tc.want {
			t.Errorf("Classify(%q, %q) = %s, want %s", tc.seller, tc.text, got.Intent, tc.want)
		}
	}
	if got := c.Model().Classify(msg); got.Intent != before.Intent {
		t.Errorf("the shipped model changed: %s, want %s", got.Intent, before.Intent)
	}
}

// Corrections are an online naive Bayes update, not only a memory of exact
// messages: after a few corrections, similar messages the agents never saw
// lean the same way.
func TestClassifyLearnsFromCorrectionsForSimilarMessages(t *testing.T) {
	c := New(Default())
	const unseen = "My watch strap came loose again, what do I do now?"
	before := c.Classify("acme", unseen)
	for _, text := range []string{
		"The strap on my watch keeps coming loose, what can you do?",
		"watch strap loose again, can you sort it out",
		"The watch strap came off on day two, what now?",
	} {
		if err := c.Learn("acme", text, "", ReturnExchange); err != nil {
			t.Fatal(err)
		}
	}
	if after := c.Classify("acme", unseen); after.Intent != ReturnExchange {
		t.Errorf("after corrections %v; before %v", after, before)
	}
	if got := c.Classify("globex", unseen); got.Intent != before.Intent {
		t.Errorf("another seller's result changed: %v, want %v", got, before)
	}
}

// Load replaces all corrections, as the application does at start; a
// corrected language is used for the corrected message.
func TestClassifyLoadReplaysStoredCorrections(t *testing.T) {
	c := New(Default())
	const msg = "ok"
	if err := c.Learn("acme", "totally unrelated", "", FXDispute); err != nil {
		t.Fatal(err)
	}
	err := c.Load([]Correction{
		{Seller: "acme", Text: msg, Language: "ms", Intent: OrderStatus},
		{Seller: "acme", Text: msg, Language: "ms", Intent: CancelOrder}, // the later verdict wins
	})
	if err != nil {
		t.Fatal(err)
	}
	if r := c.Classify("acme", msg); r.Intent != CancelOrder || r.Language != "ms" {
		t.Errorf("after Load: %v, want cancel_order in ms", r)
	}
	if r := c.Classify("acme", "totally unrelated"); r.Intent == FXDispute {
		t.Errorf("a correction from before Load survived: %v", r)
	}
	if err := c.Load([]Correction{{Seller: "acme", Text: msg, Intent: "refund"}}); err == nil {
		t.Error("Load accepted an unknown intent")
	}
}

func TestClassifyLearnRejectsBadCorrections(t *testing.T) {
	c := New(Default())
	for _, tc := range []struct {
		text   string
		intent Intent
	}{{"fine", "refund"}, {"fine", ""}, {"  ", RefundRequest}} {
		if err := c.Learn("acme", tc.text, "", tc.intent); err == nil {
			t.Errorf("Learn(%q, %q) accepted", tc.text, tc.intent)
		}
	}
}

// Corrections and classifications run concurrently (go test -race).
func TestClassifyWhileLearning(t *testing.T) {
	c := New(Default())
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 50 {
				if g%2 == 0 {
					c.Learn("acme", "the lid is cracked", "", NotAsDescribed)
				}
				c.Classify("acme", "the lid is cracked")
				c.Classify("globex", "where is my parcel")
				_ = i
			}
		})
	}
	wg.Wait()
}
