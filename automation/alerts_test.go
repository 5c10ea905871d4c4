package automation_test

import (
	"context"
	"strconv"
	"sync"
	"testing"
	"time"

	"kefu"
)

// recordedAlerts keeps what the worker raises.
type recordedAlerts struct {
	mu     sync.Mutex
	alerts []*kefu.Alert
	keys   map[string]bool
}

func (r *recordedAlerts) RaiseAlert(_ context.Context, a *kefu.Alert) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if a.DedupeKey != "" && r.keys[a.DedupeKey] {
		return 0, nil
	}
	if r.keys == nil {
		r.keys = map[string]bool{}
	}
	r.keys[a.DedupeKey] = true
	r.alerts = append(r.alerts, a)
	return 1, nil
}

func (r *recordedAlerts) kinds() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int{}
	for _, a := range r.alerts {
		out[a.Kind]++
	}
	return out
}

// New disputes, early fraud warnings and phishing reach the alert
// channels whatever the rules say, each once, linked to the ticket.
func TestWorker_NewDisputesFraudWarningsAndPhishingRaiseAlerts(t *testing.T) {
	e := newEnv(t, `{}`)
	ingest := kefu.SystemContext(t.Context(), "ingest")
	due := time.Now().Add(72 * time.Hour)
	dispute, err := e.db.CreateTicket(ingest, &kefu.TicketCreate{StoreID: e.store.ID, Subject: "Dispute opened", Channel: "stripe",
		NoticeKind: "dispute_notice", CaseID: "dp_alert_1", Message: &kefu.Message{Direction: kefu.DirectionSystem, Text: "Dispute opened"}})
	must(t, err)
	_, err = e.db.UpsertDispute(ingest, &kefu.Dispute{StoreID: e.store.ID, Provider: "stripe", ExternalID: "dp_alert_1", TicketID: dispute.ID,
		Reason: "fraudulent", AmountMinor: 2599, Currency: "USD", Status: "needs_response", DueBy: &due, LastEventAt: time.Now()})
	must(t, err)
	_, err = e.db.CreateTicket(ingest, &kefu.TicketCreate{StoreID: e.store.ID, Subject: "Early fraud warning", Channel: "stripe",
		NoticeKind: "fraud_warning", CaseID: "issfr_1", Message: &kefu.Message{Direction: kefu.DirectionSystem, Text: "EFW"}})
	must(t, err)
	_, err = e.db.CreateTicket(ingest, &kefu.TicketCreate{StoreID: e.store.ID, Subject: "Your account is suspended", Channel: "email",
		NoticeKind: "account_health", SuspectedPhishing: true, Message: &kefu.Message{Direction: kefu.DirectionInbound, Text: "verify here"}})
	must(t, err)

	alerts := &recordedAlerts{}
	w := e.worker(e.db)
	w.Engine.Alerts = alerts
	w.BaseURL = func() string { return "https://kefu.example.com" }
	e.runAll(t, w)
	e.runAll(t, w)

	got := alerts.kinds()
	for kind, want := range map[string]int{kefu.AlertDisputeNew: 1, kefu.AlertRiskFlag: 1, kefu.AlertSuspectedPhishing: 1} {
		if got[kind] != want {
			t.Errorf("%d %s alerts, want %d (all: %v)", got[kind], kind, want, got)
		}
	}
	for _, a := range alerts.alerts {
		if a.Kind == kefu.AlertDisputeNew && a.URL != "https://kefu.example.com/tickets/"+strconv.FormatInt(dispute.ID, 10) {
			t.Errorf("dispute alert links %q", a.URL)
		}
	}
}
