package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// kefuCLI runs one kefu command in process with the given environment and
// standard input and returns its exit code and output.
func kefuCLI(t *testing.T, env map[string]string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut, func(k string) string { return env[k] })
	return code, out.String(), errOut.String()
}

func TestConfigErrorsExitTwoWithOneLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"bad addr flag", nil, []string{"serve", "--addr", "abc"},
			`kefu: --addr (KEFU_ADDR) "abc": want host:port such as 127.0.0.1:8080`},
		{"bad addr env", map[string]string{"KEFU_ADDR": "localhost"}, []string{"serve"},
			`kefu: --addr (KEFU_ADDR) "localhost": want host:port such as 127.0.0.1:8080`},
		{"flag wins over env", map[string]string{"KEFU_ADDR": "127.0.0.1:0"}, []string{"serve", "--addr", "127.0.0.1:99999"},
			`kefu: --addr (KEFU_ADDR) "127.0.0.1:99999": want host:port such as 127.0.0.1:8080`},
		{"bad db", nil, []string{"migrate", "--db", "mysql://x"},
			`kefu: --db (KEFU_DB) "mysql://x": want a file path or postgres://user@host/db`},
		{"bad db env", map[string]string{"KEFU_DB": "mysql://x"}, []string{"user", "list"},
			`kefu: --db (KEFU_DB) "mysql://x": want a file path or postgres://user@host/db`},
		{"bad secret key", map[string]string{"KEFU_SECRET_KEY": "not-a-key"}, []string{"migrate"},
			`kefu: KEFU_SECRET_KEY: want 32 bytes as base64 or hex`},
		{"bad duration", nil, []string{"serve", "--shutdown-timeout", "5"},
			`kefu: --shutdown-timeout (KEFU_SHUTDOWN_TIMEOUT) "5": want a duration such as 20s, 90m or 720h`},
		{"bad log level", map[string]string{"KEFU_LOG_LEVEL": "loud"}, []string{"migrate"},
			`kefu: --log-level (KEFU_LOG_LEVEL) "loud": want debug, info, warn or error`},
		{"bad demo env", map[string]string{"KEFU_DEMO": "maybe"}, []string{"serve"},
			`kefu: --demo (KEFU_DEMO) "maybe": want true or false (1 or 0)`},
		{"unknown flag", nil, []string{"serve", "--bogus"},
			`kefu: serve: flag provided but not defined: -bogus (see kefu serve -h)`},
		{"stray argument", nil, []string{"user", "list", "extra"},
			`kefu: user list: unexpected argument "extra" (see kefu user list -h)`},
		{"missing email", nil, []string{"user", "add", "--role", "agent"},
			`kefu: user add: --email is required (see kefu user add -h)`},
		{"bad role", nil, []string{"user", "add", "--email", "lin@example.com", "--role", "boss"},
			`kefu: role: role must be one of admin, supervisor, agent, viewer`},
		{"bad email", nil, []string{"user", "add", "--email", "lin", "--role", "agent"},
			`kefu: email: email "lin" is not an email address`},
		{"bad locale", nil, []string{"user", "add", "--email", "lin@example.com", "--role", "agent", "--locale", "fr"},
			`kefu: locale: locale must be en or zh-CN`},
		{"short password", nil, []string{"user", "add", "--email", "lin@example.com", "--role", "agent", "--password", "short"},
			`kefu: password: password must be at least 10 characters`},
		{"both passwords", nil, []string{"user", "passwd", "--email", "lin@example.com", "--password", "x", "--password-stdin"},
			`kefu: user passwd: use --password or --password-stdin, not both`},
		{"no password", nil, []string{"user", "passwd", "--email", "lin@example.com"},
			`kefu: user passwd: --password or --password-stdin is required`},
		{"empty password stdin", nil, []string{"user", "passwd", "--email", "lin@example.com", "--password-stdin"},
			`kefu: user passwd: --password-stdin: no password on the first line of standard input`},
		{"bad scope", nil, []string{"token", "create", "--user", "lin@example.com", "--scopes", "tickets:read,tickets:delete"},
			`kefu: scopes: unknown scope "tickets:delete"; known scopes are tickets:read, tickets:write, orders:read, orders:write, admin`},
		{"bad expiry", nil, []string{"token", "create", "--user", "lin@example.com", "--scopes", "admin", "--expires", "30d"},
			`kefu: --expires "30d": want a duration such as 20s, 90m or 720h`},
		{"bad token id", nil, []string{"token", "revoke", "--id", "abc"},
			`kefu: --id "abc": want a token id from kefu token list`},
		{"bad platform", nil, []string{"store", "add", "--platform", "wish", "--slug", "wish-us", "--name", "Wish"},
			`kefu: platform: platform must be one of amazon, ebay, shopee, lazada, tiktok, shopify, independent, stripe, paypal, uqpay`},
		{"bad timezone", nil, []string{"store", "add", "--platform", "amazon", "--slug", "amazon-us", "--name", "A", "--timezone", "Mars/Base"},
			`kefu: timezone: timezone "Mars/Base" is not an IANA time zone such as Asia/Shanghai`},
		{"secret without value is not echoed", nil, []string{"store", "add", "--platform", "amazon", "--slug", "a", "--name", "A", "--secret", "sk_live_123"},
			`kefu: --secret: want name=value such as api_key=… (a value may not be empty)`},
		{"nothing to update", nil, []string{"store", "update", "--slug", "a"},
			`kefu: store update: nothing to change (see kefu store update -h)`},
		{"bad ticket count", nil, []string{"bench", "seed", "--tickets", "0"},
			`kefu: --tickets (KEFU_BENCH_TICKETS) "0": want a whole number greater than 0`},
		{"unknown subcommand", nil, []string{"user", "delete"},
			`kefu: user: unknown subcommand "delete"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := map[string]string{"KEFU_DATA": t.TempDir()}
			for k, v := range tc.env {
				env[k] = v
			}
			code, stdout, stderr := kefuCLI(t, env, "", tc.args...)
			if code != 2 {
				t.Errorf("exit code = %d, want 2 (stderr %q)", code, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if got := lines[len(lines)-1]; got != tc.want {
				t.Errorf("stderr last line\n got %s\nwant %s", got, tc.want)
			}
			if tc.name != "unknown subcommand" { // which also prints the usage
				if len(lines) != 1 {
					t.Errorf("stderr has %d lines, want 1: %q", len(lines), stderr)
				}
			}
		})
	}
}

func TestUnknownCommandAndHelpPrintUsageAndExitTwo(t *testing.T) {
	for _, args := range [][]string{{}, {"help"}, {"frobnicate"}, {"user"}} {
		code, stdout, stderr := kefuCLI(t, nil, "", args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, "usage: kefu <command>") {
			t.Errorf("kefu %v: exit %d, stdout %q, stderr %q; want usage on stderr, exit 2", args, code, stdout, stderr)
		}
	}
	code, _, stderr := kefuCLI(t, nil, "", "help", "token", "create")
	if code != 2 || !strings.Contains(stderr, "-scopes") {
		t.Errorf("kefu help token create: exit %d, stderr %q; want its flags", code, stderr)
	}
}

func TestVersionPrintsKefuAndGoVersion(t *testing.T) {
	code, stdout, _ := kefuCLI(t, nil, "", "version")
	if code != 0 || !strings.HasPrefix(stdout, "kefu ") || !strings.Contains(stdout, "go1.") {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
}

func TestFlagWinsOverEnvAndEnvOverDefault(t *testing.T) {
	dir := t.TempDir()
	// A bad KEFU_LOG_LEVEL is ignored when --log-level is given.
	code, _, stderr := kefuCLI(t, map[string]string{"KEFU_DATA": dir, "KEFU_LOG_LEVEL": "loud"}, "", "migrate", "--log-level", "warn")
	if code != 0 {
		t.Fatalf("flag did not override env: exit %d: %s", code, stderr)
	}
	// KEFU_DB is used when --db is not given.
	path := filepath.Join(dir, "elsewhere.db")
	if code, _, stderr := kefuCLI(t, map[string]string{"KEFU_DATA": dir, "KEFU_DB": "sqlite:" + path}, "", "migrate"); code != 0 {
		t.Fatalf("migrate with KEFU_DB: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("KEFU_DB was not used: %v", err)
	}
}
