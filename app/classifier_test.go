package app

import (
	"testing"
	"time"
)

// An agent's correction of a ticket's intent reaches the running
// classifier without a restart, for that seller only.
func TestIntentCorrectionTeachesTheRunningClassifier(t *testing.T) {
	e := newE2E(t, Config{})
	const text = "Hello, where is my parcel?"
	if got := e.app.classifier.Classify("acme-us", text).Intent; got == "cancel_order" {
		t.Fatalf("the model already says %s; pick another correction", got)
	}
	e.json(req{method: "PATCH", path: "/api/v1/tickets/" + itoa(int(e.ticket.ID)), body: `{"intent":"cancel_order"}`}, 200, nil)
	var n int
	if err := e.raw.QueryRow(`SELECT count(*) FROM intent_corrections WHERE ticket_id = ? AND intent = 'cancel_order'`, e.ticket.ID).Scan(&n); err != nil || n != 1 {
		t.Fatalf("stored corrections = %d, %v; want 1", n, err)
	}
	deadline := time.Now().Add(3 * correctionsPoll)
	for e.app.classifier.Classify("acme-us", text).Intent != "cancel_order" {
		if time.Now().After(deadline) {
			t.Fatalf("the classifier still says %s for the corrected seller", e.app.classifier.Classify("acme-us", text).Intent)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := e.app.classifier.Classify("another-seller", text).Intent; got == "cancel_order" {
		t.Errorf("a correction for acme-us changed another seller's result to %s", got)
	}
}
