package storage_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"kefu"
	"kefu/storage"
)

// auditOf returns the entries of one entity, newest first.
func auditOf(t *testing.T, db *storage.DB, entityType string, id int64) []*kefu.AuditEntry {
	t.Helper()
	entries, err := db.ListAudit(sysCtx(t), kefu.AuditFilter{EntityType: entityType, EntityID: id, Limit: 100})
	must(t, err, "ListAudit "+entityType)
	for _, e := range entries {
		if e.EntityType != entityType || e.EntityID != id {
			t.Errorf("ListAudit(%s %d) returned an entry of %s %d", entityType, id, e.EntityType, e.EntityID)
		}
	}
	return entries
}

// jsonField reads one top-level field of an audit snapshot.
func jsonField(t *testing.T, raw json.RawMessage, field string) any {
	t.Helper()
	if len(raw) == 0 {
		return nil
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Errorf("audit snapshot is not a JSON object: %s", raw)
		return nil
	}
	return m[field]
}

func TestAudit_EveryChangeAppendsAnEntryWithActorAndSnapshots(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		ctx := sysCtx(t)
		s := &kefu.Store{Slug: "audited", Platform: "stripe", Name: "Before", Timezone: "UTC", Currency: "USD", Secrets: kefu.Secrets{"webhook_secret": stripeSecret}}
		must(t, db.CreateStore(ctx, s), "CreateStore")
		entries := auditOf(t, db, "store", s.ID)
		if len(entries) != 1 {
			t.Fatalf("store audit after create = %d entries, want 1", len(entries))
		}
		e := entries[0]
		if e.Actor != "test" || e.ActorID != 0 || !strings.HasPrefix(e.Action, "store.") || e.At.IsZero() {
			t.Errorf("store create entry = %+v", e)
		}
		if len(e.Before) != 0 && string(e.Before) != "null" {
			t.Errorf("a create has a before snapshot: %s", e.Before)
		}
		if jsonField(t, e.After, "slug") != "audited" {
			t.Errorf("after snapshot = %s, want the new store", e.After)
		}

		name := "After"
		_, err := db.UpdateStore(ctx, s.ID, kefu.StoreUpdate{Name: &name, SetSecrets: map[string]string{"webhook_secret_2": "whsec_second_" + stripeSecret}})
		must(t, err, "UpdateStore")
		entries = auditOf(t, db, "store", s.ID)
		if len(entries) != 2 {
			t.Fatalf("store audit after update = %d entries, want 2", len(entries))
		}
		if entries[0].ID <= entries[1].ID {
			t.Errorf("entries not newest first: ids %d, %d", entries[0].ID, entries[1].ID)
		}
		if jsonField(t, entries[0].Before, "name") != "Before" || jsonField(t, entries[0].After, "name") != "After" {
			t.Errorf("update entry before %s after %s", entries[0].Before, entries[0].After)
		}
		for _, e := range entries {
			if strings.Contains(string(e.Before)+string(e.After), stripeSecret) {
				t.Errorf("audit entry %s %d contains a store secret", e.Action, e.ID)
			}
		}

		// Ticket changes by a user carry the user; through a token, the token.
		agent := mustCreateUser(t, db, "ana@example.com", kefu.RoleAgent)
		tk := mustCreateTicket(t, db, newTicket(s.ID, "Dispute", "opened"))
		open, high := kefu.StatusOpen, "high"
		_, err = db.UpdateTicket(userCtx(t, agent), tk.ID, kefu.TicketUpdate{Status: &open})
		must(t, err, "UpdateTicket as agent")
		tok := mustToken(t, db, agent.ID, kefu.ScopeTicketsRead, kefu.ScopeTicketsWrite)
		_, err = db.UpdateTicket(tokenCtx(t, agent, tok), tk.ID, kefu.TicketUpdate{Priority: &high})
		must(t, err, "UpdateTicket through a token")
		entries = auditOf(t, db, "ticket", tk.ID)
		if len(entries) < 3 {
			t.Fatalf("ticket audit = %d entries, want create + 2 updates", len(entries))
		}
		viaToken, byUser := entries[0], entries[1]
		if byUser.Actor != "user:ana@example.com" || byUser.ActorID != agent.ID {
			t.Errorf("user update entry actor %q id %d", byUser.Actor, byUser.ActorID)
		}
		if jsonField(t, byUser.Before, "status") != "new" || jsonField(t, byUser.After, "status") != "open" {
			t.Errorf("status change before %s after %s", byUser.Before, byUser.After)
		}
		if want := "user:ana@example.com via token:" + strconv.FormatInt(tok.ID, 10); viaToken.Actor != want || viaToken.ActorID != agent.ID {
			t.Errorf("token update entry actor %q id %d, want %q", viaToken.Actor, viaToken.ActorID, want)
		}
		if jsonField(t, viaToken.After, "priority") != "high" {
			t.Errorf("priority change after %s", viaToken.After)
		}

		// Every other kind of change moves the head of the log.
		steps := []struct {
			name string
			do   func() error
		}{
			{"AddMessage", func() error {
				_, err := db.AddMessage(ctx, tk.ID, &kefu.Message{Direction: kefu.DirectionNote, Text: "n"})
				return err
			}},
			{"UpsertOrder", func() error {
				_, err := db.UpsertOrder(ctx, &kefu.Order{StoreID: s.ID, Number: "O-1", Currency: "USD"})
				return err
			}},
			{"ImportOrders", func() error {
				_, err := db.ImportOrders(ctx, []*kefu.Order{{StoreID: s.ID, Number: "O-2", Currency: "USD"}})
				return err
			}},
			{"CreateUser", func() error {
				return db.CreateUser(ctx, &kefu.User{Email: "new@example.com", Role: kefu.RoleViewer}, goodPassword)
			}},
			{"UpdateUser", func() error {
				v := kefu.RoleViewer
				_, err := db.UpdateUser(ctx, agent.ID, kefu.UserUpdate{Role: &v})
				return err
			}},
			{"RevokeToken", func() error { return db.RevokeToken(ctx, tok.ID) }},
		}
		for _, st := range steps {
			head := auditHead(t, db)
			if err := st.do(); err != nil {
				t.Errorf("%s: %v", st.name, err)
				continue
			}
			if auditHead(t, db) <= head {
				t.Errorf("%s left no audit entry", st.name)
			}
		}
		var secret string
		head := auditHead(t, db)
		secret, err = db.CreateToken(ctx, &kefu.Token{UserID: agent.ID, Scopes: []string{kefu.ScopeTicketsRead}})
		must(t, err, "CreateToken")
		all, err := db.ListAudit(ctx, kefu.AuditFilter{Limit: 200})
		must(t, err, "ListAudit")
		if len(all) == 0 || all[0].ID <= head {
			t.Error("CreateToken left no audit entry")
		}
		for _, e := range all {
			snap := string(e.Before) + string(e.After)
			if strings.Contains(snap, secret) || strings.Contains(snap, goodPassword) || strings.Contains(snap, stripeSecret) {
				t.Errorf("audit entry %d (%s) leaks a secret or password: %s", e.ID, e.Action, snap)
			}
		}
	})
}

func TestAudit_PagesNewestFirst(t *testing.T) {
	t.Parallel()
	eachBackend(t, func(t *testing.T, db *storage.DB) {
		s := mustCreateStore(t, db, "s", "amazon", "USD")
		for i := range 6 {
			name := "name " + strconv.Itoa(i)
			_, err := db.UpdateStore(sysCtx(t), s.ID, kefu.StoreUpdate{Name: &name})
			must(t, err, "UpdateStore")
		}
		var ids []int64
		f := kefu.AuditFilter{EntityType: "store", EntityID: s.ID, Limit: 3}
		for range 5 {
			page, err := db.ListAudit(sysCtx(t), f)
			must(t, err, "ListAudit")
			if len(page) == 0 {
				break
			}
			for _, e := range page {
				ids = append(ids, e.ID)
			}
			f.BeforeID = page[len(page)-1].ID
		}
		if len(ids) != 7 {
			t.Errorf("paged audit = %d entries, want 7 (create + 6 updates)", len(ids))
		}
		for i := 1; i < len(ids); i++ {
			if ids[i] >= ids[i-1] {
				t.Errorf("audit ids not strictly decreasing: %v", ids)
				break
			}
		}
	})
}

func TestAudit_TableRefusesUpdateAndDelete(t *testing.T) {
	t.Parallel()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, be *backend) {
		mustCreateStore(t, db, "s", "amazon", "USD")
		n := be.count(t, `SELECT count(*) FROM audit_log`)
		if n == 0 {
			t.Fatal("no audit rows to tamper with")
		}
		if err := be.exec(`UPDATE audit_log SET actor = ?`, "mallory"); err == nil {
			t.Error("UPDATE audit_log succeeded")
		}
		if err := be.exec(`DELETE FROM audit_log`); err == nil {
			t.Error("DELETE FROM audit_log succeeded")
		}
		if got := be.count(t, `SELECT count(*) FROM audit_log`); got != n {
			t.Errorf("audit rows = %d after tampering, want %d", got, n)
		}
		if got := be.count(t, `SELECT count(*) FROM audit_log WHERE actor = ?`, "mallory"); got != 0 {
			t.Errorf("%d audit rows rewritten", got)
		}
	})
}
