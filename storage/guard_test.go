package storage_test

import (
	"strings"
	"testing"

	"kefu"
	"kefu/storage"
)

// The compliance guard stands in front of every stored reply: a reply an
// Amazon store may not send is refused with the findings, changes
// nothing, and goes through only when a supervisor overrides, which the
// audit log records.
func TestGuard_BlockedRepliesNeedASupervisorsOverride(t *testing.T) {
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		st := mustCreateStore(t, db, "amz-us", "amazon", "USD")
		agent := mustCreateUser(t, db, "agent@example.com", kefu.RoleAgent)
		sup := mustCreateUser(t, db, "sup@example.com", kefu.RoleSupervisor)
		tk := mustCreateTicket(t, db, newTicket(st.ID, "Where is my order?", "no tracking yet"))
		bad := "Sorry! WhatsApp me at +1 415 555 0134 and I will sort it out."

		for _, tc := range []struct {
			name     string
			ctx      func() *kefu.User
			override bool
			wantOK   bool
		}{
			{"agent without override", func() *kefu.User { return agent }, false, false},
			{"agent asking to override", func() *kefu.User { return agent }, true, false},
			{"supervisor without override", func() *kefu.User { return sup }, false, false},
			{"supervisor overriding", func() *kefu.User { return sup }, true, true},
		} {
			t.Run(tc.name, func(t *testing.T) {
				before := mustFindTicket(t, db, tk.ID).MessageCount
				audit := auditHead(t, db)
				_, err := db.AddMessage(userCtx(t, tc.ctx()), tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: bad, ComplianceOverride: tc.override})
				after := mustFindTicket(t, db, tk.ID).MessageCount
				if !tc.wantOK {
					wantInvalid(t, err, "text")
					if err != nil && !strings.Contains(err.Error(), "contact_info") {
						t.Errorf("the error does not name the finding: %v", err)
					}
					if after != before || auditHead(t, db) != audit {
						t.Error("a refused reply changed the ticket or the audit log")
					}
					return
				}
				must(t, err, "override")
				if after != before+1 {
					t.Errorf("message count %d → %d, want one more", before, after)
				}
				entries, err := db.ListAudit(sysCtx(t), kefu.AuditFilter{EntityType: "ticket", EntityID: tk.ID})
				must(t, err, "audit")
				found := false
				for _, e := range entries {
					found = found || e.Action == "message.compliance_override"
				}
				if !found {
					t.Error("the override is not in the audit log")
				}
			})
		}

		// A clean reply, and notes (never sent), pass untouched.
		_, err := db.AddMessage(userCtx(t, agent), tk.ID, &kefu.Message{Direction: kefu.DirectionOutbound, Text: "Your parcel 1Z999AA10123456784 arrives Friday."})
		must(t, err, "clean reply")
		_, err = db.AddMessage(userCtx(t, agent), tk.ID, &kefu.Message{Direction: kefu.DirectionNote, Text: bad})
		must(t, err, "note")
	})
}
