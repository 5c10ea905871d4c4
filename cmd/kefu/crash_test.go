package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stripe/stripe-go/v85/webhook"
)

// TestCrashLosesNoAcknowledgedEvent kills "kefu serve" with SIGKILL in the
// middle of a webhook burst and restarts it on the same data: every event
// answered 200 before the kill is archived exactly once and becomes
// exactly one dispute ticket; redeliveries change nothing.
func TestCrashLosesNoAcknowledgedEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it under load")
	}
	const secret = "whsec_crash_test_secret"
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	bin := filepath.Join(dir, "kefu")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	mustCLI(t, nil, "", "store", "add", "--data", data, "--platform", "stripe", "--slug", "crash", "--name", "Crash", "--webhook-secret", secret)
	fixture, err := os.ReadFile("../../stripe/testdata/charge.dispute.created.json")
	if err != nil {
		t.Fatal(err)
	}
	event := func(n int) (body []byte, header string) {
		body = bytes.ReplaceAll(fixture, []byte("evt_1QzK8nL3kB2vR9aXkC4d1VbP"), []byte(eventID(n)))
		body = bytes.ReplaceAll(body, []byte("dp_1QzK8mL3kB2vR9aXyZ2oTq4n"), []byte(disputeID(n)))
		return body, webhook.GenerateTestSignedPayload(&webhook.UnsignedPayload{Payload: body, Secret: secret, Timestamp: time.Now(), Scheme: "v1"}).Header
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	post := func(base string, n int) (code int, duplicate bool, err error) {
		body, sig := event(n)
		req, _ := http.NewRequest(http.MethodPost, base+"/hooks/stripe/crash", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Stripe-Signature", sig)
		resp, err := client.Do(req)
		if err != nil {
			return 0, false, err
		}
		defer resp.Body.Close()
		var answer struct{ Received, Duplicate bool }
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			return 0, false, err // the answer was cut off: not an acknowledgement
		}
		if resp.StatusCode == http.StatusOK {
			if err := json.Unmarshal(b, &answer); err != nil || !answer.Received {
				return resp.StatusCode, false, fmt.Errorf("200 with %q", b)
			}
		}
		return resp.StatusCode, answer.Duplicate, nil
	}

	first := startKefu(t, bin, data)
	var (
		mu       sync.Mutex
		acked    []int // event numbers answered 200
		next     atomic.Int64
		killed   atomic.Bool
		failures []string
		wg       sync.WaitGroup
	)
	for range 16 {
		wg.Go(func() {
			for !killed.Load() {
				n := int(next.Add(1))
				code, dup, err := post(first.url, n)
				mu.Lock()
				switch {
				case err == nil && code == http.StatusOK && !dup:
					acked = append(acked, n)
				case killed.Load():
					// in flight at the kill: may or may not be stored
				case err != nil || code != http.StatusOK || dup:
					failures = append(failures, fmt.Sprintf("event %d: %d duplicate=%v %v", n, code, dup, err))
				}
				mu.Unlock()
			}
		})
	}
	time.Sleep(1500 * time.Millisecond)
	killed.Store(true)
	if err := first.cmd.Process.Kill(); err != nil { // SIGKILL: no shutdown, no flush
		t.Fatal(err)
	}
	_ = first.cmd.Wait()
	wg.Wait()
	mu.Lock()
	if len(failures) > 0 {
		t.Errorf("%d deliveries failed before the kill, e.g. %s", len(failures), failures[0])
	}
	ackedNow := append([]int(nil), acked...)
	mu.Unlock()
	if len(ackedNow) < 100 {
		t.Fatalf("only %d events acknowledged before the kill; stderr:\n%s", len(ackedNow), first.stderr.String())
	}
	t.Logf("%d events acknowledged, %d sent in all, before SIGKILL", len(ackedNow), next.Load())

	second := startKefu(t, bin, data)
	raw, err := sql.Open("sqlite", "file:"+filepath.Join(data, "kefu.db")+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	scalar := func(query string, args ...any) int {
		t.Helper()
		var n int
		if err := raw.QueryRow(query, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		return n
	}
	settle := func() {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for scalar(`SELECT count(*) FROM events WHERE status = 'pending' AND next_attempt_at <= ?`, time.Now().UnixMilli()) > 0 {
			if time.Now().After(deadline) {
				t.Fatalf("events still pending 20s after the restart; stderr:\n%s", second.stderr.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	settle()
	// The batch being processed at the kill stays claimed until its lease
	// ends (minutes); the operator's replay processes it now, and
	// replaying everything again must not double anything either.
	if leased := scalar(`SELECT count(*) FROM events WHERE status = 'pending'`); leased > 0 {
		t.Logf("%d events were claimed by the killed process; replaying", leased)
		mustCLI(t, nil, "", "events", "replay", "--data", data, "--source", "stripe", "--since", "1h", "--log-level", "warn")
		settle()
	}
	if n := scalar(`SELECT count(*) FROM events WHERE status <> 'processed'`); n > 0 {
		var lastErr string
		_ = raw.QueryRow(`SELECT last_error FROM events WHERE status <> 'processed' LIMIT 1`).Scan(&lastErr)
		t.Errorf("%d events not processed after the restart, e.g. %q", n, lastErr)
	}

	events := groupCounts(t, raw, `SELECT external_id, count(*) FROM events WHERE source = 'stripe' GROUP BY external_id`)
	tickets := groupCounts(t, raw, `SELECT case_id, count(*) FROM tickets WHERE case_id IS NOT NULL GROUP BY case_id`)
	lost, doubled := 0, 0
	for _, n := range ackedNow {
		if c := events[eventID(n)]; c != 1 {
			lost++
			if lost <= 3 {
				t.Errorf("acknowledged event %s is stored %d times, want once", eventID(n), c)
			}
		}
		if c := tickets[disputeID(n)]; c != 1 {
			doubled++
			if doubled <= 3 {
				t.Errorf("acknowledged dispute %s has %d tickets, want 1", disputeID(n), c)
			}
		}
	}
	for id, c := range tickets {
		if c > 1 {
			t.Errorf("dispute %s has %d tickets", id, c)
		}
	}
	if lost > 0 || doubled > 0 {
		t.Fatalf("%d of %d acknowledged events lost, %d without exactly one ticket", lost, len(ackedNow), doubled)
	}
	t.Logf("%d events stored (%d acknowledged + %d in flight at the kill), %d tickets", len(events), len(ackedNow), len(events)-len(ackedNow), len(tickets))

	// Stripe redelivers what it thinks failed: the answer is a duplicate
	// and nothing new is stored.
	totalEvents, totalTickets := scalar(`SELECT count(*) FROM events`), scalar(`SELECT count(*) FROM tickets`)
	for i := 0; i < len(ackedNow); i += max(1, len(ackedNow)/20) {
		code, dup, err := post(second.url, ackedNow[i])
		if err != nil || code != http.StatusOK || !dup {
			t.Errorf("redelivery of %s = %d duplicate=%v %v; want 200 duplicate", eventID(ackedNow[i]), code, dup, err)
		}
	}
	time.Sleep(200 * time.Millisecond)
	if e, tk := scalar(`SELECT count(*) FROM events`), scalar(`SELECT count(*) FROM tickets`); e != totalEvents || tk != totalTickets {
		t.Errorf("after redeliveries %d events and %d tickets, want %d and %d", e, tk, totalEvents, totalTickets)
	}

	if err := second.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := second.cmd.Wait(); err != nil {
		t.Errorf("kefu serve after SIGTERM: %v; stderr:\n%s", err, second.stderr.String())
	}
}

func eventID(n int) string   { return "evt_crash_" + strconv.Itoa(n) }
func disputeID(n int) string { return "dp_crash_" + strconv.Itoa(n) }

// groupCounts runs a "key, count" query into a map.
func groupCounts(t *testing.T, raw *sql.DB, query string) map[string]int {
	t.Helper()
	rows, err := raw.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			t.Fatal(err)
		}
		out[k] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

type kefuProcess struct {
	cmd    *exec.Cmd
	url    string
	stderr *lockedBuffer
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startKefu runs the kefu binary's serve on a free loopback port and
// waits until /readyz answers 200.
func startKefu(t *testing.T, bin, data string) *kefuProcess {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	p := &kefuProcess{stderr: &lockedBuffer{}}
	p.cmd = exec.Command(bin, "serve", "--data", data, "--addr", addr, "--log-level", "warn")
	p.cmd.Env = os.Environ()
	p.cmd.Stderr = p.stderr
	stdout, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.cmd.Process.Kill(); _ = p.cmd.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	u, ok := strings.CutPrefix(strings.TrimSpace(line), "kefu listening on ")
	if err != nil || !ok {
		t.Fatalf("first line %q, %v; stderr:\n%s", line, err, p.stderr.String())
	}
	if _, err := url.Parse(u); err != nil {
		t.Fatal(err)
	}
	p.url = u
	deadline := time.Now().Add(20 * time.Second)
	for httpStatus(p.url+"/readyz") != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatalf("kefu at %s not ready within 20s; stderr:\n%s", p.url, p.stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return p
}

func httpStatus(url string) int {
	resp, err := http.Get(url)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}
