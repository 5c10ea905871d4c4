// Package app wires kefu together: storage, attachments, metrics and the
// web server, behind one App with Open, Run and Close. cmd/kefu fills a
// Config from flags and environment; end-to-end tests start the same App.
package app

import (
	"fmt"
	"log/slog"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"kefu/storage"
	"kefu/translate"
)

// Defaults for settings left empty.
const (
	DefaultAddr            = "127.0.0.1:8080"
	DefaultShutdownTimeout = 20 * time.Second
)

// Config is everything an App needs to start. Zero values mean the
// defaults documented on each field.
type Config struct {
	// Addr is the listen address, host:port; port 0 picks a free port.
	// Empty means DefaultAddr.
	Addr string
	// DB names the database: empty for an SQLite file at <DataDir>/kefu.db,
	// a file path (optionally "sqlite:" prefixed) or a postgres:// URL.
	DB string
	// DataDir holds the SQLite database, attachments and secret.key.
	DataDir string
	// SecretKey seals store secrets (32 bytes). Nil means the key in
	// <DataDir>/secret.key, created on first use; see LoadSecretKey.
	SecretKey []byte
	// Demo loads the demo stores, users and tickets after migrating.
	Demo bool
	// LogLevel is used when New is given no logger.
	LogLevel slog.Level
	// ShutdownTimeout bounds how long Run waits for in-flight requests
	// once its context is cancelled. Zero means DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
	// MaxBodyBytes caps request bodies; zero leaves the web default.
	MaxBodyBytes int64
	// Translate names the machine translation provider and its keys; the
	// zero value turns translation off (see CheckTranslate).
	Translate translate.Config
	// PublicURL is kefu's address as its users reach it, for the links in
	// alerts; empty means the listen URL.
	PublicURL string
	// DigestHour (0–23) and DigestTZ (an IANA zone) say when the daily
	// alert digest goes out; an empty DigestTZ means 09:00 Asia/Shanghai.
	DigestHour int
	DigestTZ   string
}

// ConfigError is a setting kefu cannot use. The CLI reports it on one
// line and exits 2, so the message says what was wrong and what is wanted.
type ConfigError struct {
	Setting string // e.g. "--db (KEFU_DB)" or "KEFU_SECRET_KEY"
	Value   string // quoted in the message when not empty; never a secret
	Want    string // the accepted form, e.g. "host:port such as 127.0.0.1:8080"
}

func (e *ConfigError) Error() string {
	if e.Value != "" {
		return fmt.Sprintf("%s %q: want %s", e.Setting, e.Value, e.Want)
	}
	return fmt.Sprintf("%s: want %s", e.Setting, e.Want)
}

// urlScheme matches "scheme://" at the start of a DSN.
var urlScheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// ResolveDSN turns the --db setting into the DSN storage.Open takes: an
// SQLite file path or a PostgreSQL URL. Empty means <dataDir>/kefu.db. A
// relative file path is relative to the working directory, not dataDir.
func ResolveDSN(dataDir, db string) (string, error) {
	bad := &ConfigError{Setting: "--db (KEFU_DB)", Value: db, Want: "a file path or postgres://user@host/db"}
	switch {
	case db == "":
		return filepath.Join(dataDir, "kefu.db"), nil
	case storage.IsPostgres(db):
		if _, err := url.Parse(db); err != nil {
			return "", bad
		}
		return db, nil
	case strings.HasPrefix(db, "sqlite:"):
		path := strings.TrimPrefix(strings.TrimPrefix(db, "sqlite:"), "//")
		if path == "" || strings.ContainsAny(path, "?#") {
			return "", bad
		}
		return path, nil
	case urlScheme.MatchString(db), strings.ContainsAny(db, "?#"):
		// mysql://…, sqlite3://…, or a path with characters the SQLite
		// URI would misread.
		return "", bad
	}
	return db, nil
}

func (c Config) withDefaults() Config {
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.DataDir == "" {
		c.DataDir = "data"
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = DefaultShutdownTimeout
	}
	return c
}
