package app

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestResolveDSN(t *testing.T) {
	for _, tc := range []struct {
		db, want string
		bad      bool
	}{
		{db: "", want: filepath.Join("/srv/kefu", "kefu.db")},
		{db: "/var/lib/kefu/main.db", want: "/var/lib/kefu/main.db"},
		{db: "rel/kefu.db", want: "rel/kefu.db"},
		{db: "sqlite:/tmp/k.db", want: "/tmp/k.db"},
		{db: "sqlite:///tmp/k.db", want: "/tmp/k.db"},
		{db: "postgres://kefu@db/kefu?sslmode=disable", want: "postgres://kefu@db/kefu?sslmode=disable"},
		{db: "postgresql://kefu@db/kefu", want: "postgresql://kefu@db/kefu"},
		{db: "mysql://x", bad: true},
		{db: "sqlite:", bad: true},
		{db: "k.db?mode=ro", bad: true},
	} {
		got, err := ResolveDSN("/srv/kefu", tc.db)
		if tc.bad {
			var ce *ConfigError
			if !errors.As(err, &ce) {
				t.Errorf("%q: err = %v, want *ConfigError", tc.db, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%q: got %q, %v; want %q", tc.db, got, err, tc.want)
		}
	}
}

func TestConfigErrorNamesSettingValueAndForm(t *testing.T) {
	_, err := ResolveDSN("data", "mysql://x")
	if got, want := err.Error(), `--db (KEFU_DB) "mysql://x": want a file path or postgres://user@host/db`; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
