package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"kefu"
	"kefu/storage"
)

// mustOpen returns a migrated SQLite database in a temporary directory.
func mustOpen(t *testing.T) *storage.DB {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, storage.Config{DSN: filepath.Join(t.TempDir(), "kefu.db"), SecretKey: make([]byte, 32)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return db
}

func services(db *storage.DB) Services {
	return Services{Stores: db, Users: db, Orders: db, Tickets: db}
}

// allTickets pages through every ticket the system can see.
func allTickets(t *testing.T, db *storage.DB) []*kefu.Ticket {
	t.Helper()
	ctx := kefu.SystemContext(context.Background(), "test")
	var all []*kefu.Ticket
	f := kefu.TicketFilter{Limit: kefu.MaxPageSize}
	for {
		page, err := db.ListTickets(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page.Tickets...)
		if page.NextCursor == "" {
			return all
		}
		f.Cursor = page.NextCursor
	}
}

func TestLoadFillsAnEmptyDatabase(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	now := time.Now().UTC()
	res, err := Load(ctx, services(db), now)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Created || res.AdminEmail != AdminEmail || res.AdminPassword != Password {
		t.Fatalf("Load = %+v", res)
	}

	tickets := allTickets(t, db)
	if len(tickets) < 190 {
		t.Errorf("%d tickets, want at least 190", len(tickets))
	}
	intents, langs := map[string]bool{}, map[string]bool{}
	closeDisputes := 0
	for _, tk := range tickets {
		if tk.Intent != "" {
			intents[tk.Intent] = true
		}
		langs[tk.Language] = true
		if tk.NoticeKind == "dispute_notice" && tk.ResolutionDue != nil &&
			tk.ResolutionDue.After(now) && tk.ResolutionDue.Before(now.Add(72*time.Hour)) {
			closeDisputes++
		}
	}
	if len(intents) != len(kefu.Intents) {
		t.Errorf("intents %v, want all %d", intents, len(kefu.Intents))
	}
	if len(langs) < 6 {
		t.Errorf("languages %v, want at least 6", langs)
	}
	if closeDisputes < 3 {
		t.Errorf("%d disputes due within 3 days, want at least 3", closeDisputes)
	}

	// A conversation comes back whole, in order.
	full, err := db.FindTicketByID(kefu.SystemContext(ctx, "test"), tickets[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Messages) == 0 || len(full.Messages) > 6 {
		t.Errorf("ticket %d has %d messages, want 1-6", full.ID, len(full.Messages))
	}

	u, err := db.Authenticate(ctx, res.AdminEmail, res.AdminPassword)
	if err != nil {
		t.Fatalf("admin cannot sign in with the printed password: %v", err)
	}
	if u.Role != kefu.RoleAdmin {
		t.Errorf("admin has role %s", u.Role)
	}
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	now := time.Now().UTC()
	if _, err := Load(ctx, services(db), now); err != nil {
		t.Fatal(err)
	}
	before := len(allTickets(t, db))
	res, err := Load(ctx, services(db), now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if res.Created || res.AdminEmail != AdminEmail || res.AdminPassword != Password {
		t.Errorf("second Load = %+v, want Created=false with the same credentials", res)
	}
	if after := len(allTickets(t, db)); after != before {
		t.Errorf("second Load changed the ticket count from %d to %d", before, after)
	}
}
