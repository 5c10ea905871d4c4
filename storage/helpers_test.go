package storage_test

// The storage suite runs every test against SQLite and, when
// KEFU_TEST_POSTGRES names a server, against PostgreSQL too, through the
// public services only. Where a test must look beneath the services (is a
// secret encrypted, is the audit log append-only) it uses a plain
// connection of its own, never the storage package's internals.

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // "pgx" driver for the raw connection
	_ "modernc.org/sqlite"             // "sqlite" driver for the raw connection

	"kefu"
	"kefu/storage"
)

// testSecretKey seals store secrets in every test database.
var testSecretKey = bytes.Repeat([]byte{7}, 32)

// backend is one database under test: the DSN storage was opened with and
// a separate plain connection for looking at raw rows.
type backend struct {
	name string // "sqlite" or "postgres"
	dsn  string
	raw  *sql.DB
}

// eachBackend runs fn against a fresh, migrated database of every backend.
func eachBackend(t *testing.T, fn func(t *testing.T, db *storage.DB)) {
	t.Helper()
	eachBackendRaw(t, func(t *testing.T, db *storage.DB, _ *backend) { fn(t, db) })
}

// eachBackendRaw is eachBackend for tests that also read raw rows.
func eachBackendRaw(t *testing.T, fn func(t *testing.T, db *storage.DB, be *backend)) {
	t.Helper()
	eachEmptyBackend(t, func(t *testing.T, be *backend) {
		fn(t, be.mustOpen(t, testSecretKey, true), be)
	})
}

// eachEmptyBackend runs fn against an empty database of every backend,
// which fn opens itself (see backend.mustOpen).
func eachEmptyBackend(t *testing.T, fn func(t *testing.T, be *backend)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) {
		t.Parallel()
		fn(t, newSQLiteBackend(t))
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := os.Getenv("KEFU_TEST_POSTGRES")
		if dsn == "" {
			t.Skip("KEFU_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)")
		}
		t.Parallel()
		fn(t, newPostgresBackend(t, dsn))
	})
}

func newSQLiteBackend(t *testing.T) *backend {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kefu.db")
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatalf("open raw sqlite: %v", err)
	}
	t.Cleanup(func() { raw.Close() })
	return &backend{name: "sqlite", dsn: path, raw: raw}
}

// newPostgresBackend creates a schema of its own for one test, so tests
// run side by side on one server, and drops it afterwards.
func newPostgresBackend(t *testing.T, base string) *backend {
	t.Helper()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	schema := "kefu_test_" + randomHex(t, 8)
	if _, err := admin.ExecContext(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("KEFU_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema) // pgx passes unknown parameters on as runtime parameters
	u.RawQuery = q.Encode()
	raw, err := sql.Open("pgx", u.String())
	if err != nil {
		t.Fatalf("open raw postgres: %v", err)
	}
	t.Cleanup(func() { raw.Close() })
	return &backend{name: "postgres", dsn: u.String(), raw: raw}
}

// mustOpen opens another handle on the backend's database with key,
// migrating it when asked, and closes it when the test ends.
func (be *backend) mustOpen(t *testing.T, key []byte, migrate bool) *storage.DB {
	t.Helper()
	db, err := storage.Open(context.Background(), storage.Config{DSN: be.dsn, SecretKey: key})
	if err != nil {
		t.Fatalf("storage.Open(%s): %v", be.name, err)
	}
	t.Cleanup(func() { db.Close() })
	if migrate {
		if err := db.Migrate(context.Background()); err != nil {
			t.Fatalf("Migrate(%s): %v", be.name, err)
		}
	}
	return db
}

// MustOpen opens and migrates the database at dsn with the test key and
// closes it when the test ends.
func MustOpen(t *testing.T, dsn string) *storage.DB {
	t.Helper()
	return (&backend{name: "dsn", dsn: dsn}).mustOpen(t, testSecretKey, true)
}

// rebind writes ? placeholders as $n for PostgreSQL.
func (be *backend) rebind(q string) string {
	if be.name != "postgres" {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (be *backend) exec(q string, args ...any) error {
	_, err := be.raw.ExecContext(context.Background(), be.rebind(q), args...)
	return err
}

// count returns the number of rows of a raw query "SELECT count(*) …".
func (be *backend) count(t *testing.T, q string, args ...any) int {
	t.Helper()
	var n int
	if err := be.raw.QueryRowContext(context.Background(), be.rebind(q), args...).Scan(&n); err != nil {
		t.Fatalf("raw %q: %v", q, err)
	}
	return n
}

// rowText returns every column of the rows of a raw query as one string,
// for "does this secret appear anywhere" checks.
func (be *backend) rowText(t *testing.T, q string, args ...any) string {
	t.Helper()
	rows, err := be.raw.QueryContext(context.Background(), be.rebind(q), args...)
	if err != nil {
		t.Fatalf("raw %q: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatalf("raw scan: %v", err)
		}
		for _, v := range vals {
			switch v := v.(type) {
			case []byte:
				b.Write(v)
			case nil:
			default:
				fmt.Fprint(&b, v)
			}
			b.WriteByte('|')
		}
		b.WriteByte('\n')
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("raw rows: %v", err)
	}
	return b.String()
}

func randomHex(t *testing.T, n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// Contexts.

// sysCtx acts as kefu itself, with full access.
func sysCtx(t *testing.T) context.Context { return kefu.SystemContext(t.Context(), "test") }

// userCtx acts as a signed-in user.
func userCtx(t *testing.T, u *kefu.User) context.Context {
	return kefu.WithActor(t.Context(), &kefu.Actor{User: u})
}

// tokenCtx acts as a user through an API token.
func tokenCtx(t *testing.T, u *kefu.User, tok *kefu.Token) context.Context {
	return kefu.WithActor(t.Context(), &kefu.Actor{User: u, Token: tok})
}

// Assertions.

// wantCode fails unless err carries the kefu error code want.
func wantCode(t *testing.T, err error, want string) {
	t.Helper()
	if got := kefu.ErrorCode(err); got != want {
		t.Errorf("error code = %q (err: %v), want %q", got, err, want)
	}
}

// wantCodeIn fails unless err carries one of the codes.
func wantCodeIn(t *testing.T, err error, codes ...string) {
	t.Helper()
	if got := kefu.ErrorCode(err); !slices.Contains(codes, got) {
		t.Errorf("error code = %q (err: %v), want one of %q", got, err, codes)
	}
}

// wantInvalid fails unless err is EINVALID naming field.
func wantInvalid(t *testing.T, err error, field string) {
	t.Helper()
	wantCode(t, err, kefu.EINVALID)
	if got := kefu.ErrorField(err); err != nil && kefu.ErrorCode(err) == kefu.EINVALID && got != field {
		t.Errorf("error field = %q (err: %v), want %q", got, err, field)
	}
}

// must fails the test now when err is not nil.
func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// Fixtures.

func mustCreateStore(t *testing.T, db *storage.DB, slug, platform, currency string) *kefu.Store {
	t.Helper()
	s := &kefu.Store{Slug: slug, Platform: platform, Site: "US", Name: "Store " + slug, Timezone: "Asia/Shanghai", Currency: currency}
	must(t, db.CreateStore(sysCtx(t), s), "CreateStore "+slug)
	if s.ID == 0 {
		t.Fatalf("CreateStore %s left ID 0", slug)
	}
	return s
}

// mustCreateUser creates a user and returns it as FindUserByID does, the
// way a session would load it.
func mustCreateUser(t *testing.T, db *storage.DB, email, role string, storeIDs ...int64) *kefu.User {
	t.Helper()
	u := &kefu.User{Email: email, Name: email, Role: role, StoreIDs: storeIDs}
	must(t, db.CreateUser(sysCtx(t), u, "correct horse battery"), "CreateUser "+email)
	if u.ID == 0 {
		t.Fatalf("CreateUser %s left ID 0", email)
	}
	got, err := db.FindUserByID(sysCtx(t), u.ID)
	must(t, err, "FindUserByID")
	return got
}

// newTicket is a minimal valid ticket with a first inbound message.
func newTicket(storeID int64, subject, text string) *kefu.TicketCreate {
	return &kefu.TicketCreate{
		StoreID: storeID,
		Subject: subject,
		Message: &kefu.Message{Direction: kefu.DirectionInbound, Channel: "email", Text: text},
	}
}

func mustCreateTicket(t *testing.T, db *storage.DB, c *kefu.TicketCreate) *kefu.Ticket {
	t.Helper()
	tk, err := db.CreateTicket(sysCtx(t), c)
	must(t, err, "CreateTicket "+c.Subject)
	if tk == nil || tk.ID == 0 {
		t.Fatalf("CreateTicket %q returned %+v", c.Subject, tk)
	}
	return tk
}

func mustFindTicket(t *testing.T, db *storage.DB, id int64) *kefu.Ticket {
	t.Helper()
	tk, err := db.FindTicketByID(sysCtx(t), id)
	must(t, err, "FindTicketByID")
	return tk
}

// listAll walks every page of f and returns the tickets in order.
func listAll(t *testing.T, ctx context.Context, db *storage.DB, f kefu.TicketFilter) []*kefu.Ticket {
	t.Helper()
	tickets, err := tryListAll(ctx, db, f)
	must(t, err, fmt.Sprintf("ListTickets(%+v)", f))
	return tickets
}

func tryListAll(ctx context.Context, db *storage.DB, f kefu.TicketFilter) ([]*kefu.Ticket, error) {
	if f.Limit == 0 {
		f.Limit = kefu.MaxPageSize
	}
	var all []*kefu.Ticket
	for page := 0; ; page++ {
		if page > 10000 {
			return all, errors.New("more than 10000 pages: the cursor does not advance")
		}
		p, err := db.ListTickets(ctx, f)
		if err != nil {
			return all, err
		}
		if len(p.Tickets) > f.Limit {
			return all, fmt.Errorf("page of %d tickets exceeds limit %d", len(p.Tickets), f.Limit)
		}
		all = append(all, p.Tickets...)
		if p.NextCursor == "" {
			return all, nil
		}
		if p.NextCursor == f.Cursor {
			return all, errors.New("NextCursor repeats the cursor it was given")
		}
		f.Cursor = p.NextCursor
	}
}

// countTickets counts every ticket, as the system sees them.
func countTickets(t *testing.T, db *storage.DB) int {
	t.Helper()
	return len(listAll(t, sysCtx(t), db, kefu.TicketFilter{}))
}

// ticketIDs returns the ids of tickets in order.
func ticketIDs(tickets []*kefu.Ticket) []int64 {
	ids := make([]int64, len(tickets))
	for i, tk := range tickets {
		ids[i] = tk.ID
	}
	return ids
}

// auditHead returns the id of the newest audit entry, 0 when there is none.
func auditHead(t *testing.T, db *storage.DB) int64 {
	t.Helper()
	entries, err := db.ListAudit(sysCtx(t), kefu.AuditFilter{Limit: 1})
	must(t, err, "ListAudit")
	if len(entries) == 0 {
		return 0
	}
	return entries[0].ID
}

// sha is a well-formed attachment hash.
func sha(b byte) string { return strings.Repeat(hex.EncodeToString([]byte{b}), 32) }
