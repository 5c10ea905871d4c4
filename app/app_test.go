package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// mustOpenApp opens an App on a fresh data directory, listening on a
// free port of 127.0.0.1.
func mustOpenApp(t *testing.T, cfg Config) *App {
	t.Helper()
	if cfg.DataDir == "" {
		cfg.DataDir = t.TempDir()
	}
	cfg.Addr = "127.0.0.1:0"
	var logs bytes.Buffer
	a := New(cfg, slog.New(slog.NewTextHandler(&logs, nil)))
	t.Cleanup(func() {
		a.Close()
		if t.Failed() {
			t.Logf("app logs:\n%s", logs.String())
		}
	})
	if err := a.Open(context.Background()); err != nil {
		t.Fatalf("open: %v", err)
	}
	if err := a.Listen(); err != nil {
		t.Fatalf("listen: %v", err)
	}
	return a
}

// start runs a in the background; the returned function cancels it and
// returns Run's error.
func start(t *testing.T, a *App) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	return func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(30 * time.Second):
			t.Fatal("Run did not return after cancel")
			return nil
		}
	}
}

func TestURLIsKnownOnceListening(t *testing.T) {
	a := mustOpenApp(t, Config{})
	if u := a.URL(); !strings.HasPrefix(u, "http://127.0.0.1:") || strings.HasSuffix(u, ":0") {
		t.Fatalf("URL = %q, want http://127.0.0.1:<port>", u)
	}
}

func TestRunServesHealthAndMetricsWithDBPoolGauges(t *testing.T) {
	a := mustOpenApp(t, Config{})
	stop := start(t, a)
	defer stop()
	for _, path := range []string{"/healthz", "/readyz"} {
		if code, _ := get(t, a.URL()+path); code != http.StatusOK {
			t.Errorf("GET %s = %d, want 200", path, code)
		}
	}
	code, body := get(t, a.URL()+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("GET /metrics = %d", code)
	}
	for _, want := range []string{
		`kefu_db_open_connections{pool="write"}`,
		`kefu_db_open_connections{pool="read"}`,
		`kefu_db_in_use{pool="write"}`,
		`kefu_db_wait_count_total{pool="read"}`,
		"go_goroutines",
		"process_open_fds",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

func TestRegistryReportsDBPools(t *testing.T) {
	a := mustOpenApp(t, Config{})
	families, err := a.registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	pools := map[string]bool{}
	for _, f := range families {
		if f.GetName() != "kefu_db_open_connections" {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				pools[l.GetValue()] = true
			}
		}
	}
	if !pools["write"] || !pools["read"] || len(pools) != 2 {
		t.Fatalf("pools = %v, want write and read", pools)
	}
}

func TestRunFinishesInFlightRequestsOnShutdown(t *testing.T) {
	a := mustOpenApp(t, Config{ShutdownTimeout: 10 * time.Second})
	entered, release := make(chan struct{}), make(chan struct{})
	a.server.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		io.WriteString(w, "finished")
	})
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }()

	type response struct {
		code int
		body string
		err  error
	}
	got := make(chan response, 1)
	go func() {
		resp, err := http.Get(a.URL() + "/slow")
		if err != nil {
			got <- response{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- response{resp.StatusCode, string(b), err}
	}()
	<-entered
	cancel()
	select {
	case err := <-ran:
		t.Fatalf("Run returned %v while a request was in flight", err)
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	if r := <-got; r.err != nil || r.code != http.StatusOK || r.body != "finished" {
		t.Fatalf("in-flight request: %d %q %v; want 200 finished", r.code, r.body, r.err)
	}
	if err := <-ran; err != nil {
		t.Fatalf("Run = %v, want nil after a clean shutdown", err)
	}
	addr := strings.TrimPrefix(a.URL(), "http://")
	if conn, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		conn.Close()
		t.Fatalf("port %s still accepts connections after Run returned", addr)
	}
}

func TestRunReportsShutdownTimeout(t *testing.T) {
	a := mustOpenApp(t, Config{ShutdownTimeout: 100 * time.Millisecond})
	entered, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	a.server.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
	})
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- a.Run(ctx) }()
	go http.Get(a.URL() + "/stuck")
	<-entered
	cancel()
	if err := <-ran; !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Run = %v, want a shutdown deadline error", err)
	}
}

func TestOpenWithDemoLoadsDemoLogin(t *testing.T) {
	a := mustOpenApp(t, Config{Demo: true})
	if d := a.Demo(); d.AdminEmail == "" || d.AdminPassword == "" {
		t.Fatalf("Demo() = %+v, want a login", d)
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
