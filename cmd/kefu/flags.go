package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"

	"kefu"
	"kefu/app"
	"kefu/storage"
)

// usageError is a mistake in how kefu was invoked: exit 2, one line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errHelp means usage was printed on request; exit 2 without a message.
var errHelp = errors.New("help requested")

// command is one subcommand's flags. Configuration flags also read an
// environment variable: the flag wins over the variable, the variable
// over the default. Flags that describe a record (--email, --name,
// --secret …) have no variable on purpose: an exported KEFU_NAME must not
// silently rename every store that "kefu store update" touches.
type command struct {
	name     string // "user add"
	summary  string
	fs       *flag.FlagSet
	settings []*setting
	getenv   func(string) string
}

func newCommand(c *cli, name, summary string) *command {
	fs := flag.NewFlagSet("kefu "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, on one line
	return &command{name: name, summary: summary, fs: fs, getenv: c.getenv}
}

// setting is a flag whose raw text is checked once flags and environment
// are both known, so a bad value is reported the same way from either.
type setting struct {
	name, env string
	want      string // the accepted form, for the error message
	secret    bool   // never echo the value
	isBool    bool
	raw       string
	given     bool
	apply     func(string) error
}

func (s *setting) String() string {
	if s == nil {
		return ""
	}
	return s.raw
}
func (s *setting) Set(v string) error { s.raw, s.given = v, true; return nil }
func (s *setting) IsBoolFlag() bool   { return s.isBool }

// label names the setting in messages: "--addr (KEFU_ADDR)".
func (s *setting) label() string {
	if s.env == "" {
		return "--" + s.name
	}
	return fmt.Sprintf("--%s (%s)", s.name, s.env)
}

func (c *command) add(s *setting, def, usage string) *setting {
	s.raw = def
	if s.env != "" {
		usage += " [$" + s.env + "]"
	}
	c.fs.Var(s, s.name, usage)
	c.settings = append(c.settings, s)
	return s
}

func (c *command) str(p *string, name, env, def, usage string) *setting {
	return c.add(&setting{name: name, env: env, apply: func(v string) error { *p = v; return nil }}, def, usage)
}

func (c *command) boolean(p *bool, name, env string, usage string) *setting {
	return c.add(&setting{name: name, env: env, isBool: true, want: "true or false (1 or 0)", apply: func(v string) error {
		b, err := strconv.ParseBool(v)
		*p = b
		return err
	}}, "false", usage)
}

func (c *command) duration(p *time.Duration, name, env, def, usage string) *setting {
	return c.add(&setting{name: name, env: env, want: "a duration such as 20s, 90m or 720h", apply: func(v string) error {
		d, err := time.ParseDuration(v)
		if err == nil && d < 0 {
			err = errors.New("negative")
		}
		*p = d
		return err
	}}, def, usage)
}

func (c *command) positive(p *int, name, env, def, usage string) *setting {
	return c.add(&setting{name: name, env: env, want: "a whole number greater than 0", apply: func(v string) error {
		n, err := strconv.Atoi(v)
		if err == nil && n < 1 {
			err = errors.New("not positive")
		}
		*p = n
		return err
	}}, def, usage)
}

// given reports whether the flag was set on the command line or, for
// configuration flags, in the environment.
func (c *command) given(name string) bool {
	for _, s := range c.settings {
		if s.name == name {
			return s.given
		}
	}
	return false
}

// parse reads args, then the environment, then checks every value.
func (c *command) parse(args []string, stderr io.Writer) error {
	if err := c.fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		c.usage(stderr)
		return errHelp
	} else if err != nil {
		return usagef("%s: %v (see kefu %s -h)", c.name, err, c.name)
	}
	if c.fs.NArg() > 0 {
		return usagef("%s: unexpected argument %q (see kefu %s -h)", c.name, c.fs.Arg(0), c.name)
	}
	for _, s := range c.settings {
		if !s.given && s.env != "" {
			if v := c.getenv(s.env); v != "" {
				s.raw, s.given = v, true
			}
		}
		if err := s.apply(s.raw); err != nil {
			if s.secret {
				return &app.ConfigError{Setting: s.label(), Want: s.want}
			}
			return &app.ConfigError{Setting: s.label(), Value: s.raw, Want: s.want}
		}
	}
	return nil
}

func (c *command) usage(w io.Writer) {
	fmt.Fprintf(w, "usage: kefu %s [flags]\n\n%s\n\nflags:\n", c.name, c.summary)
	c.fs.VisitAll(func(f *flag.Flag) {
		line := "  --" + f.Name
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
			line += " value"
		}
		usage := f.Usage
		if f.DefValue != "" && f.DefValue != "false" {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n      %s\n", line, usage)
	})
}

// require reports the first of the named string flags left empty.
func (c *command) require(names ...string) error {
	for _, name := range names {
		if f := c.fs.Lookup(name); f != nil && strings.TrimSpace(f.Value.String()) == "" {
			return usagef("%s: --%s is required (see kefu %s -h)", c.name, name, c.name)
		}
	}
	return nil
}

// repeated collects a flag given several times; it has no environment
// variable.
type repeated []string

func (r *repeated) String() string     { return strings.Join(*r, ",") }
func (r *repeated) Set(v string) error { *r = append(*r, v); return nil }

// common are the settings every database command shares.
type common struct {
	data     string
	db       string
	logLevel slog.Level
}

func (c *command) common(o *common) {
	c.str(&o.data, "data", "KEFU_DATA", "./data", "data directory: SQLite database, attachments, secret.key")
	c.str(&o.db, "db", "KEFU_DB", "", "database: empty for <data>/kefu.db, a file path, sqlite:path or postgres://user@host/db")
	c.add(&setting{name: "log-level", env: "KEFU_LOG_LEVEL", want: "debug, info, warn or error", apply: func(v string) error {
		switch strings.ToLower(v) {
		case "debug":
			o.logLevel = slog.LevelDebug
		case "info":
			o.logLevel = slog.LevelInfo
		case "warn":
			o.logLevel = slog.LevelWarn
		case "error":
			o.logLevel = slog.LevelError
		default:
			return errors.New("unknown level")
		}
		return nil
	}}, "info", "log level: debug, info, warn or error")
}

// config turns the common settings into an app.Config, resolving the
// secret key from KEFU_SECRET_KEY or <data>/secret.key.
func (o *common) config(getenv func(string) string) (app.Config, error) {
	if _, err := app.ResolveDSN(o.data, o.db); err != nil {
		return app.Config{}, err
	}
	if err := os.MkdirAll(o.data, 0o750); err != nil {
		return app.Config{}, fmt.Errorf("data directory: %w", err)
	}
	key, err := app.LoadSecretKey(o.data, getenv("KEFU_SECRET_KEY"))
	if err != nil {
		return app.Config{}, err
	}
	return app.Config{DataDir: o.data, DB: o.db, SecretKey: key, LogLevel: o.logLevel}, nil
}

func (o *common) logger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: o.logLevel}))
}

// checkAddr accepts host:port with a numeric port; ":0" picks a free
// port. The host is empty (every interface), an IP address or a host
// name of letters, digits, '-' and '.', so that nothing else reaches the
// resolver or the error messages.
func checkAddr(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return errors.New("bad port")
	}
	if host == "" {
		return nil
	}
	if _, err := netip.ParseAddr(host); err == nil {
		return nil
	}
	if !isHostname(host) {
		return errors.New("bad host")
	}
	return nil
}

// isHostname reports whether s is a DNS host name: dot-separated labels
// of 1–63 letters, digits and '-', neither starting nor ending with '-',
// at most 253 bytes in all.
func isHostname(s string) bool {
	if len(s) > 253 {
		return false
	}
	for label := range strings.SplitSeq(strings.TrimSuffix(s, "."), ".") {
		if len(label) == 0 || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
				return false
			}
		}
	}
	return true
}

// open opens and migrates the database for one CLI command and returns
// the context it acts in: the system actor "cli". Commands close the
// database as soon as they are done, so they run fine beside the server.
func (c *cli) open(o *common) (*storage.DB, context.Context, error) {
	cfg, err := o.config(c.getenv)
	if err != nil {
		return nil, nil, err
	}
	db, err := app.OpenDB(c.ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	return db, kefu.SystemContext(c.ctx, "cli"), nil
}
