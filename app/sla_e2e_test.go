package app

import (
	"database/sql"
	"testing"
)

// The clocks follow the conversation through the real worker and SLA
// engine: a new buyer ticket gets its response deadline, an agent's reply
// stops it, pending pauses the resolution clock and open resumes it.
func TestSLAClocksFollowRepliesAndStatus(t *testing.T) {
	e := newE2E(t, Config{})
	id := itoa(int(e.ticket.ID))
	due := func() (first sql.NullInt64, paused sql.NullInt64) {
		t.Helper()
		if err := e.raw.QueryRow(`SELECT first_response_due FROM tickets WHERE id = ?`, e.ticket.ID).Scan(&first); err != nil {
			t.Fatal(err)
		}
		err := e.raw.QueryRow(`SELECT paused_at FROM ticket_sla WHERE ticket_id = ?`, e.ticket.ID).Scan(&paused)
		if err != nil && err != sql.ErrNoRows {
			t.Fatal(err)
		}
		return first, paused
	}
	if first, _ := due(); !first.Valid {
		t.Fatal("a new buyer ticket has no first response deadline")
	}
	e.json(req{method: "POST", path: "/api/v1/tickets/" + id + "/messages", body: `{"direction":"outbound","text":"Your parcel is on its way."}`}, 201, nil)
	e.settle()
	if first, _ := due(); first.Valid {
		t.Error("the first response deadline survived the agent's reply")
	}
	e.json(req{method: "PATCH", path: "/api/v1/tickets/" + id, body: `{"status":"pending"}`}, 200, nil)
	e.settle()
	if _, paused := due(); !paused.Valid {
		t.Error("pending did not pause the resolution clock")
	}
	e.json(req{method: "PATCH", path: "/api/v1/tickets/" + id, body: `{"status":"open"}`}, 200, nil)
	e.settle()
	if _, paused := due(); paused.Valid {
		t.Error("open did not resume the resolution clock")
	}
}
