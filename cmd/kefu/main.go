// Command kefu runs the kefu helpdesk and administers its data.
//
//	kefu serve                 start the server
//	kefu migrate               apply database migrations
//	kefu user add|list|passwd  manage users
//	kefu token create|list|revoke
//	kefu store add|list|update
//	kefu events replay         process archived inbound events again
//	kefu stripe backfill       recover missed Stripe webhooks
//	kefu bench seed|run|ingest|ui load test data, time the inbox, ingest and web UI
//	kefu lint                  check outgoing message text against marketplace rules
//	kefu classify              give buyer messages (JSON lines) an intent and a language
//	kefu version
//
// Configuration flags read an environment variable when not given; the
// flag wins over the variable and the variable over the default:
//
//	--data              KEFU_DATA              ./data
//	--db                KEFU_DB                <data>/kefu.db (a file path, sqlite:path or postgres://…)
//	--log-level         KEFU_LOG_LEVEL         info (debug, info, warn, error)
//	--addr              KEFU_ADDR              127.0.0.1:8080 (serve)
//	--demo              KEFU_DEMO              false (serve)
//	--shutdown-timeout  KEFU_SHUTDOWN_TIMEOUT  20s (serve)
//	--public-url        KEFU_PUBLIC_URL        the listen URL (serve; links in alerts)
//	--digest-hour       KEFU_DIGEST_HOUR       9 (serve; daily alert digest, local hour)
//	--digest-tz         KEFU_DIGEST_TZ         Asia/Shanghai (serve)
//
// KEFU_SECRET_KEY (32 bytes, standard base64 or hex) is the key that
// encrypts store secrets; without it kefu keeps one in <data>/secret.key,
// created on first use. With PostgreSQL and several replicas, set
// KEFU_SECRET_KEY to the same value on every replica.
//
// Every command works while the server runs against the same data; each
// opens the database only for as long as it needs it. Exit codes: 0 done,
// 1 the work failed, 2 a usage or configuration mistake (one line on
// stderr naming the flag or variable and the accepted form).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unicode"
	"unicode/utf8"

	"kefu"
	"kefu/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second signal ends kefu at once
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// cli is one invocation's input, output and environment.
type cli struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// run executes one kefu command and returns the exit code: 0 on success,
// 2 for a usage or configuration mistake, 1 when the work itself failed.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	c := &cli{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	return report(stderr, c.dispatch(args))
}

// subcommands returns the commands of a group such as "user", or nil.
func subcommands(group string) map[string]func(*cli, []string) error {
	switch group {
	case "user":
		return map[string]func(*cli, []string) error{"add": cmdUserAdd, "list": cmdUserList, "passwd": cmdUserPasswd}
	case "token":
		return map[string]func(*cli, []string) error{"create": cmdTokenCreate, "list": cmdTokenList, "revoke": cmdTokenRevoke}
	case "store":
		return map[string]func(*cli, []string) error{"add": cmdStoreAdd, "list": cmdStoreList, "update": cmdStoreUpdate}
	case "bench":
		return map[string]func(*cli, []string) error{"seed": cmdBenchSeed, "run": cmdBenchRun, "ingest": cmdBenchIngest, "ui": cmdBenchUI}
	case "events":
		return map[string]func(*cli, []string) error{"replay": cmdEventsReplay}
	case "stripe":
		return map[string]func(*cli, []string) error{"backfill": cmdStripeBackfill}
	}
	return nil
}

func (c *cli) dispatch(args []string) error {
	if len(args) == 0 {
		fmt.Fprint(c.stderr, usageText)
		return errHelp
	}
	name, rest := args[0], args[1:]
	switch name {
	case "serve":
		return cmdServe(c, rest)
	case "migrate":
		return cmdMigrate(c, rest)
	case "version":
		return cmdVersion(c, rest)
	case "lint":
		return cmdLint(c, rest)
	case "classify":
		return cmdClassify(c, rest)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			return c.dispatch(append(rest, "-h")) // kefu help user add → kefu user add -h
		}
		fmt.Fprint(c.stderr, usageText)
		return errHelp
	}
	group := subcommands(name)
	if group == nil {
		fmt.Fprint(c.stderr, usageText)
		return usagef("unknown command %q", name)
	}
	if len(rest) == 0 || group[rest[0]] == nil {
		fmt.Fprint(c.stderr, usageText)
		if len(rest) == 0 || strings.HasPrefix(rest[0], "-") {
			return usagef("%s: missing subcommand", name)
		}
		return usagef("%s: unknown subcommand %q", name, rest[0])
	}
	return group[rest[0]](c, rest[1:])
}

func cmdVersion(c *cli, args []string) error {
	cmd := newCommand(c, "version", "Print the version of kefu and of the Go toolchain that built it.")
	if err := cmd.parse(args, c.stderr); err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "kefu %s %s %s/%s\n", kefu.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}

const usageText = `usage: kefu <command> [flags]

commands:
  serve            start the web server (--addr, --demo, --shutdown-timeout)
  migrate          apply database migrations and print the schema version
  user add         add a user (--email, --role, --password-stdin …)
  user list        list users
  user passwd      set a user's password
  token create     create an API token; prints the token once
  token list       list API tokens
  token revoke     revoke an API token
  store add        add a store with its secrets
  store list       list stores (secret names only)
  store update     change a store or its secrets
  events replay    process archived events again (idempotent)
  stripe backfill  recover missed Stripe webhooks from the Events API
  bench seed       add generated tickets for benchmarks
  bench run        time the inbox queries and print a Markdown report
  bench ingest     time Stripe webhooks: durable acks/s, latency, tickets/s
  bench ui         time the web UI's inbox and ticket pages, weigh the inbox
  lint             check message text against a marketplace's messaging rules (--platform, --jsonl)
  classify         intent and language of buyer messages: JSON lines in, JSON lines out
  version          print the version
  help [command]   show this help or a command's flags

Every command takes --data (KEFU_DATA, default ./data), --db (KEFU_DB) and
--log-level (KEFU_LOG_LEVEL). KEFU_SECRET_KEY (32 bytes as base64 or hex)
overrides <data>/secret.key; with PostgreSQL and several replicas, set it
to the same value everywhere.
`

// report prints err on one line and returns the exit code.
func report(stderr io.Writer, err error) int {
	var (
		usage *usageError
		conf  *app.ConfigError
		kerr  *kefu.Error
	)
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errHelp):
		return 2
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "kefu: %s\n", oneLine(usage.msg))
		return 2
	case errors.As(err, &conf):
		fmt.Fprintf(stderr, "kefu: %s\n", oneLine(conf.Error()))
		return 2
	case errors.As(err, &kerr):
		msg := kerr.Message
		if kerr.Field != "" {
			msg = kerr.Field + ": " + msg
		}
		fmt.Fprintf(stderr, "kefu: %s\n", oneLine(msg))
		if kerr.Code == kefu.EINVALID {
			return 2
		}
		return 1
	}
	fmt.Fprintf(stderr, "kefu: %s\n", oneLine(err.Error()))
	return 1
}

// oneLine joins s into one line for stderr. Messages quote what the user
// gave (%q); as a last line of defence, invalid UTF-8 and control
// characters that reach here anyway — in an operating system error
// naming a path, say — are escaped rather than written raw.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unicode.IsControl(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
