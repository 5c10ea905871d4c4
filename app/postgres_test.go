package app

import (
	"context"
	"net/http"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"kefu/storage/storagetest"
)

// postgresDSN returns a DSN for a fresh schema on the KEFU_TEST_POSTGRES
// server, dropped when the test ends, or skips the test.
func postgresDSN(t *testing.T) string { return storagetest.PostgresDSN(t) }

func TestAppOnPostgresReportsOnePool(t *testing.T) {
	dsn := postgresDSN(t)
	a := mustOpenApp(t, Config{DB: dsn, SecretKey: make([]byte, 32)})
	if a.DB().Dialect() != "postgres" {
		t.Fatalf("dialect = %s", a.DB().Dialect())
	}
	stop := start(t, a)
	if code, _ := get(t, a.URL()+"/readyz"); code != http.StatusOK {
		t.Errorf("GET /readyz = %d", code)
	}
	_, body := get(t, a.URL()+"/metrics")
	if !strings.Contains(body, `kefu_db_open_connections{pool="main"}`) || strings.Contains(body, `pool="read"`) {
		t.Errorf("/metrics should report one pool named main:\n%s", grepLines(body, "kefu_db_"))
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if v, err := a.DB().SchemaVersion(context.Background()); err != nil || v < 1 {
		t.Fatalf("schema version %d, %v", v, err)
	}
}

func grepLines(s, substr string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
