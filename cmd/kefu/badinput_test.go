package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// Every command is tried with wrong, missing, oversized, invalid UTF-8 and
// SQL-ish arguments and unknown ids, emails and slugs against a database
// that holds data: a usage or validation mistake exits 2, a missing or
// conflicting record exits 1, each with exactly one "kefu: " line on
// stderr and nothing on stdout — and the database is unchanged.
// (main_test.go covers the same mistakes on an empty data directory.)
func TestBadArgumentsChangeNothing(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		dir := t.TempDir()
		env := map[string]string{"KEFU_DATA": dir, "KEFU_LOG_LEVEL": "warn"}
		testBadArguments(t, env, "sqlite", "file:"+filepath.Join(dir, "kefu.db")+"?_pragma=busy_timeout(10000)")
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := postgresDSN(t)
		env := map[string]string{"KEFU_DATA": t.TempDir(), "KEFU_DB": dsn, "KEFU_SECRET_KEY": strings.Repeat("5a", 32), "KEFU_LOG_LEVEL": "warn"}
		testBadArguments(t, env, "pgx", dsn)
	})
}

const (
	sqlDrop = "'; DROP TABLE users; --"
	sqlOr   = "1 OR 1=1"
)

type cliCase struct {
	name  string
	env   map[string]string // added to the base environment
	stdin string
	args  []string
	code  int
	want  string // a substring of the one stderr line
}

func testBadArguments(t *testing.T, env map[string]string, driver, dsn string) {
	mustCLI(t, env, "", "store", "add", "--platform", "amazon", "--slug", "acme-us", "--name", "Acme US", "--webhook-secret", "whsec_1")
	mustCLI(t, env, "", "user", "add", "--email", "lin@example.com", "--role", "agent", "--stores", "acme-us")
	mustCLI(t, env, "", "user", "add", "--email", "view@example.com", "--role", "viewer")
	mustCLI(t, env, "", "token", "create", "--user", "lin@example.com", "--scopes", "tickets:read")

	raw, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	before := counts(t, raw)
	if before["stores"] != 1 || before["users"] != 2 || before["api_tokens"] != 1 {
		t.Fatalf("seed: %v", before)
	}

	long := func(n int) string { return strings.Repeat("a", n) }
	cases := []cliCase{
		// serve
		{"serve: negative port", nil, "", []string{"serve", "--addr", "127.0.0.1:-1"}, 2, "--addr (KEFU_ADDR)"},
		{"serve: named port", nil, "", []string{"serve", "--addr", "127.0.0.1:http"}, 2, "--addr (KEFU_ADDR)"},
		{"serve: invalid UTF-8 addr", nil, "", []string{"serve", "--addr", "\xff:80"}, 2, "--addr (KEFU_ADDR)"},
		{"serve: SQL addr", nil, "", []string{"serve", "--addr", sqlDrop}, 2, "--addr (KEFU_ADDR)"},
		{"serve: negative shutdown timeout", nil, "", []string{"serve", "--shutdown-timeout", "-5s"}, 2, "--shutdown-timeout"},
		{"serve: bad demo flag", nil, "", []string{"serve", "--demo=maybe"}, 2, "--demo"},
		{"serve: stray argument", nil, "", []string{"serve", "--addr", "127.0.0.1:0", sqlDrop}, 2, "unexpected argument"},
		{"serve: bad KEFU_SHUTDOWN_TIMEOUT", map[string]string{"KEFU_SHUTDOWN_TIMEOUT": sqlOr}, "", []string{"serve"}, 2, "KEFU_SHUTDOWN_TIMEOUT"},
		{"serve: digest hour 24", map[string]string{"KEFU_DIGEST_HOUR": "24"}, "", []string{"serve"}, 2, "--digest-hour (KEFU_DIGEST_HOUR)"},
		{"serve: unknown digest zone", nil, "", []string{"serve", "--digest-tz", "Asia/Beijing"}, 2, "--digest-tz (KEFU_DIGEST_TZ)"},
		{"serve: public URL with a query", map[string]string{"KEFU_PUBLIC_URL": "https://kefu.example.com/?x=" + sqlOr}, "", []string{"serve"}, 2, "--public-url (KEFU_PUBLIC_URL)"},
		// migrate
		{"migrate: empty sqlite path", nil, "", []string{"migrate", "--db", "sqlite:"}, 2, "--db (KEFU_DB)"},
		{"migrate: SQLite URI options", nil, "", []string{"migrate", "--db", "x.db?mode=memory"}, 2, "--db (KEFU_DB)"},
		{"migrate: broken postgres URL", nil, "", []string{"migrate", "--db", "postgres://%zz"}, 2, "--db (KEFU_DB)"},
		{"migrate: invalid UTF-8 log level", nil, "", []string{"migrate", "--log-level", "\xff"}, 2, "--log-level"},
		{"migrate: short secret key", map[string]string{"KEFU_SECRET_KEY": "c2hvcnQ="}, "", []string{"migrate"}, 2, "KEFU_SECRET_KEY"},
		{"migrate: stray argument", nil, "", []string{"migrate", "now"}, 2, "unexpected argument"},
		// user add
		{"user add: SQL email", nil, "", []string{"user", "add", "--email", "' OR 1=1 --@example.com", "--role", "agent"}, 2, "email:"},
		{"user add: HTML email", nil, "", []string{"user", "add", "--email", "<script>@example.com", "--role", "agent"}, 2, "email:"},
		{"user add: invalid UTF-8 email", nil, "", []string{"user", "add", "--email", "\xff@example.com", "--role", "agent"}, 2, "email:"},
		{"user add: SQL role", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", sqlOr}, 2, "role:"},
		{"user add: blank role", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", " "}, 2, "--role is required"},
		{"user add: name too long", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", "agent", "--name", long(201)}, 2, "name:"},
		{"user add: invalid UTF-8 name", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", "agent", "--name", "Lin \xff"}, 2, "name:"},
		{"user add: path timezone", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", "agent", "--timezone", "../../etc/passwd"}, 2, "timezone:"},
		{"user add: password over 72 bytes", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", "agent", "--password", long(73)}, 2, "password:"},
		{"user add: short password on stdin", nil, "short\n", []string{"user", "add", "--email", "new@example.com", "--role", "agent", "--password-stdin"}, 2, "password:"},
		{"user add: unknown store", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", "agent", "--stores", "acme-us,nope"}, 2, `no store with slug "nope"`},
		{"user add: SQL store", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", "agent", "--stores", sqlDrop}, 2, "--stores"},
		{"user add: taken email", nil, "", []string{"user", "add", "--email", "lin@example.com", "--role", "agent"}, 1, "lin@example.com"},
		{"user add: taken email other case", nil, "", []string{"user", "add", "--email", " LIN@Example.com ", "--role", "viewer"}, 1, "lin@example.com"},
		{"user add: unknown flag", nil, "", []string{"user", "add", "--email", "new@example.com", "--role", "agent", "--admin"}, 2, "flag provided but not defined"},
		// user list
		{"user list: unknown flag", nil, "", []string{"user", "list", "--role", "admin"}, 2, "flag provided but not defined"},
		// user passwd
		{"user passwd: unknown email", nil, "", []string{"user", "passwd", "--email", "nobody@example.com", "--password", "long enough password"}, 1, "nobody@example.com"},
		{"user passwd: SQL email", nil, "", []string{"user", "passwd", "--email", sqlDrop, "--password", "long enough password"}, 1, "not found"},
		{"user passwd: invalid UTF-8 email", nil, "", []string{"user", "passwd", "--email", "\xff", "--password", "long enough password"}, 1, "not found"},
		{"user passwd: short password", nil, "", []string{"user", "passwd", "--email", "lin@example.com", "--password", "short"}, 2, "password:"},
		{"user passwd: password over 72 bytes", nil, long(73) + "\n", []string{"user", "passwd", "--email", "lin@example.com", "--password-stdin"}, 2, "password:"},
		{"user passwd: invalid UTF-8 password", nil, "", []string{"user", "passwd", "--email", "lin@example.com", "--password", "long enough \xff\xfe"}, 2, "password:"},
		{"user passwd: missing email", nil, "", []string{"user", "passwd", "--password", "long enough password"}, 2, "--email is required"},
		// token create
		{"token create: unknown user", nil, "", []string{"token", "create", "--user", "nobody@example.com", "--scopes", "tickets:read"}, 1, "nobody@example.com"},
		{"token create: SQL user", nil, "", []string{"token", "create", "--user", sqlDrop, "--scopes", "tickets:read"}, 1, "not found"},
		{"token create: SQL scope", nil, "", []string{"token", "create", "--user", "lin@example.com", "--scopes", "admin;" + sqlDrop}, 2, "scopes:"},
		{"token create: only separators", nil, "", []string{"token", "create", "--user", "lin@example.com", "--scopes", ", ,"}, 2, "scopes:"},
		{"token create: missing scopes", nil, "", []string{"token", "create", "--user", "lin@example.com"}, 2, "--scopes is required"},
		{"token create: scope the role lacks", nil, "", []string{"token", "create", "--user", "view@example.com", "--scopes", "tickets:write"}, 2, "scopes:"},
		{"token create: name too long", nil, "", []string{"token", "create", "--user", "lin@example.com", "--scopes", "tickets:read", "--name", long(201)}, 2, "name:"},
		{"token create: invalid UTF-8 name", nil, "", []string{"token", "create", "--user", "lin@example.com", "--scopes", "tickets:read", "--name", "ci \xff"}, 2, "name:"},
		{"token create: negative expiry", nil, "", []string{"token", "create", "--user", "lin@example.com", "--scopes", "tickets:read", "--expires", "-1h"}, 2, "--expires"},
		{"token create: overflowing expiry", nil, "", []string{"token", "create", "--user", "lin@example.com", "--scopes", "tickets:read", "--expires", "9999999999h"}, 2, "--expires"},
		// token list
		{"token list: unknown user", nil, "", []string{"token", "list", "--user", "nobody@example.com"}, 1, "nobody@example.com"},
		{"token list: SQL user", nil, "", []string{"token", "list", "--user", "' OR ''='"}, 1, "not found"},
		{"token list: stray argument", nil, "", []string{"token", "list", "all"}, 2, "unexpected argument"},
		// token revoke
		{"token revoke: zero", nil, "", []string{"token", "revoke", "--id", "0"}, 2, "--id"},
		{"token revoke: negative", nil, "", []string{"token", "revoke", "--id", "-1"}, 2, "--id"},
		{"token revoke: overflows", nil, "", []string{"token", "revoke", "--id", "9223372036854775808"}, 2, "--id"},
		{"token revoke: SQL", nil, "", []string{"token", "revoke", "--id", "1 OR 1=1"}, 2, "--id"},
		{"token revoke: missing id", nil, "", []string{"token", "revoke"}, 2, "--id is required"},
		{"token revoke: unknown", nil, "", []string{"token", "revoke", "--id", "424242"}, 1, "token 424242 not found"},
		// store add
		{"store add: SQL slug", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", sqlDrop, "--name", "X"}, 2, "slug:"},
		{"store add: HTML slug", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "<b>x</b>", "--name", "X"}, 2, "slug:"},
		{"store add: slug too long", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", long(64), "--name", "X"}, 2, "slug:"},
		{"store add: taken slug", nil, "", []string{"store", "add", "--platform", "ebay", "--slug", "acme-us", "--name", "X"}, 1, "acme-us"},
		{"store add: blank name", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", "  "}, 2, "--name is required"},
		{"store add: name too long", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", long(201)}, 2, "name:"},
		{"store add: invalid UTF-8 name", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", "\xff"}, 2, "name:"},
		{"store add: site too long", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", "X", "--site", long(101)}, 2, "site:"},
		{"store add: lower-case currency", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", "X", "--currency", "usd"}, 2, "currency:"},
		{"store add: bad secret name", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", "X", "--secret", "Bad Name=v"}, 2, "secrets:"},
		{"store add: invalid UTF-8 secret", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", "X", "--secret", "api_key=\xff"}, 2, "secrets:"},
		{"store add: empty webhook secret", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", "X", "--webhook-secret", ""}, 2, "--webhook-secret"},
		{"store add: secret given twice", nil, "", []string{"store", "add", "--platform", "amazon", "--slug", "x", "--name", "X", "--secret", "k=1", "--secret", "k=2"}, 2, "given twice"},
		{"store add: missing platform", nil, "", []string{"store", "add", "--slug", "x", "--name", "X"}, 2, "--platform is required"},
		// store list
		{"store list: stray argument", nil, "", []string{"store", "list", sqlDrop}, 2, "unexpected argument"},
		// store update
		{"store update: unknown slug", nil, "", []string{"store", "update", "--slug", "nope", "--name", "X"}, 2, `no store with slug "nope"`},
		{"store update: SQL slug", nil, "", []string{"store", "update", "--slug", "' OR 1=1 --", "--name", "X"}, 2, "no store with slug"},
		{"store update: missing slug", nil, "", []string{"store", "update", "--name", "X"}, 2, "--slug is required"},
		{"store update: blank name", nil, "", []string{"store", "update", "--slug", "acme-us", "--name", ""}, 2, "name:"},
		{"store update: invalid UTF-8 name", nil, "", []string{"store", "update", "--slug", "acme-us", "--name", "\xfe"}, 2, "name:"},
		{"store update: SQL timezone", nil, "", []string{"store", "update", "--slug", "acme-us", "--timezone", sqlDrop}, 2, "timezone:"},
		{"store update: lower-case currency", nil, "", []string{"store", "update", "--slug", "acme-us", "--currency", "usd"}, 2, "currency:"},
		{"store update: bad secret name", nil, "", []string{"store", "update", "--slug", "acme-us", "--secret", "API-KEY=v"}, 2, "secrets:"},
		{"store update: remove and set", nil, "", []string{"store", "update", "--slug", "acme-us", "--remove-secret", "webhook_secret", "--secret", "webhook_secret=v"}, 2, "also set"},
		// bench
		{"bench seed: negative tickets", nil, "", []string{"bench", "seed", "--tickets", "-1"}, 2, "--tickets"},
		{"bench seed: tickets not a number", nil, "", []string{"bench", "seed", "--tickets", sqlOr}, 2, "--tickets"},
		{"bench seed: tickets overflow", nil, "", []string{"bench", "seed", "--tickets", "99999999999999999999"}, 2, "--tickets"},
		{"bench seed: bad KEFU_BENCH_TICKETS", map[string]string{"KEFU_BENCH_TICKETS": "many"}, "", []string{"bench", "seed"}, 2, "KEFU_BENCH_TICKETS"},
		{"bench run: zero iterations", nil, "", []string{"bench", "run", "--iterations", "0"}, 2, "--iterations"},
		{"bench run: bad KEFU_BENCH_ITERATIONS", map[string]string{"KEFU_BENCH_ITERATIONS": "\xff"}, "", []string{"bench", "run"}, 2, "KEFU_BENCH_ITERATIONS"},
		{"bench: unknown subcommand", nil, "", []string{"bench", sqlDrop}, 2, "bench: unknown subcommand"},
		// version
		{"version: stray argument", nil, "", []string{"version", "--bogus"}, 2, "version"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := map[string]string{}
			for k, v := range env {
				e[k] = v
			}
			for k, v := range tc.env {
				e[k] = v
			}
			code, stdout, stderr := kefuCLI(t, e, tc.stdin, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if tc.name == "bench: unknown subcommand" { // which prints the usage first
				lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
				stderr = lines[len(lines)-1] + "\n"
			}
			if !strings.HasPrefix(stderr, "kefu: ") || !strings.HasSuffix(stderr, "\n") || strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr %q, want exactly one line starting with \"kefu: \"", stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not name %q", stderr, tc.want)
			}
			if strings.Contains(stderr, "whsec_1") {
				t.Errorf("stderr echoes a secret value: %q", stderr)
			}
			if !utf8.ValidString(stderr) {
				t.Errorf("stderr is not valid UTF-8; quote what was given: %q", stderr)
			}
			if after := counts(t, raw); fmt.Sprint(after) != fmt.Sprint(before) {
				t.Errorf("the database changed: %v → %v", before, after)
				before = after
			}
		})
	}
}

// counts returns the row count of every table and fingerprints of the
// rows that updates touch.
func counts(t *testing.T, raw *sql.DB) map[string]int64 {
	t.Helper()
	out := map[string]int64{}
	for _, table := range []string{"stores", "users", "user_stores", "api_tokens", "customers", "customer_identities",
		"orders", "shipments", "tickets", "messages", "attachments", "ticket_tags", "audit_log"} {
		var n int64
		if err := raw.QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
			t.Fatalf("count %s: %v (has the table gone?)", table, err)
		}
		out[table] = n
	}
	for name, q := range map[string]string{
		"stores.updated_at":   `SELECT COALESCE(MAX(updated_at), 0) FROM stores`,
		"users.updated_at":    `SELECT COALESCE(MAX(updated_at), 0) FROM users`,
		"api_tokens.revoked":  `SELECT COUNT(*) FROM api_tokens WHERE revoked_at IS NOT NULL`,
		"users.password_hash": `SELECT COUNT(*) FROM users WHERE password_hash <> ''`,
	} {
		var n int64
		if err := raw.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = n
	}
	return out
}
