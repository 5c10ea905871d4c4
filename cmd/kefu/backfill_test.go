package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kefu"
	"kefu/app"
	"kefu/stripe/stripemock"
)

// TestStripeBackfillRecoversMissedEventsOnce pages through a real
// stripe-mock serving a dispute event: the first backfill opens the
// dispute's ticket, the second finds nothing new and doubles nothing.
func TestStripeBackfillRecoversMissedEventsOnce(t *testing.T) {
	raw, err := os.ReadFile("../../stripe/testdata/charge.dispute.created.json")
	if err != nil {
		t.Fatal(err)
	}
	var ev map[string]any
	if err := json.Unmarshal(raw, &ev); err != nil {
		t.Fatal(err)
	}
	fixtures, _ := json.Marshal(map[string]any{"resources": map[string]any{"event": ev}})
	path := filepath.Join(t.TempDir(), "fixtures.json")
	if err := os.WriteFile(path, fixtures, 0o600); err != nil {
		t.Fatal(err)
	}
	base := stripemock.Start(t, "-fixtures", path)

	data := t.TempDir()
	if code, _, stderr := kefuCLI(t, nil, "", "store", "add", "--data", data, "--platform", "stripe", "--slug", "shop-us", "--name", "Shop US",
		"--secret", "stripe_api_key=sk_test_123"); code != 0 {
		t.Fatalf("store add: %s", stderr)
	}
	args := []string{"stripe", "backfill", "--data", data, "--store", "shop-us", "--since", "87600h", "--api-base", base}
	code, out, stderr := kefuCLI(t, nil, "", args...)
	if code != 0 || !strings.Contains(out, "fetched 1 events, 1 new, processed 1") {
		t.Fatalf("first backfill = %d %q %q", code, out, stderr)
	}
	code, out, stderr = kefuCLI(t, nil, "", args...)
	if code != 0 || !strings.Contains(out, "fetched 1 events, 0 new, processed 0") {
		t.Fatalf("second backfill = %d %q %q", code, out, stderr)
	}
	db, err := app.OpenDB(context.Background(), app.Config{DataDir: data})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	page, err := db.ListTickets(kefu.SystemContext(context.Background(), "test"), kefu.TicketFilter{PaymentID: "dp_1QzK8mL3kB2vR9aXyZ2oTq4n"})
	if err != nil || len(page.Tickets) != 1 || page.Tickets[0].NoticeKind != "dispute_notice" {
		t.Fatalf("tickets for the dispute: %+v, %v; want one dispute_notice", page, err)
	}

	if code, _, stderr := kefuCLI(t, nil, "", "stripe", "backfill", "--data", data, "--store", "nope"); code == 0 || strings.Count(stderr, "\n") != 1 {
		t.Errorf("unknown store: exit %d, stderr %q; want a failure on one line", code, stderr)
	}
	if code, _, stderr := kefuCLI(t, nil, "", "events", "replay", "--data", data, "--since", "87600h"); code != 0 {
		t.Fatalf("replay: %s", stderr)
	}
	page, _ = db.ListTickets(kefu.SystemContext(context.Background(), "test"), kefu.TicketFilter{PaymentID: "dp_1QzK8mL3kB2vR9aXyZ2oTq4n"})
	if len(page.Tickets) != 1 || page.Tickets[0].MessageCount != 1 {
		t.Errorf("after a replay: %d tickets, want the same one ticket with one message", len(page.Tickets))
	}
}
