package imap

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"sync"
	"testing"
	"time"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"kefu/ingest"
)

const (
	testUser     = "support@shop.example"
	testPassword = "s3cret"
)

// testServer is a real IMAP server (go-imap's own, in-memory backend) on a
// loopback port.
type testServer struct {
	Addr string
	User *imapmemserver.User

	mu        sync.Mutex
	failFetch map[goimap.UID]int // UID → body fetches still to fail
}

func startServer(t *testing.T) *testServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	return serveOn(t, ln)
}

func serveOn(t *testing.T, ln net.Listener) *testServer {
	t.Helper()
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(testUser, testPassword)
	if err := user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(user)
	ts := &testServer{Addr: ln.Addr().String(), User: user, failFetch: map[goimap.UID]int{}}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &faultySession{Session: mem.NewSession(), ts: ts}, nil, nil
		},
		Caps:         goimap.CapSet{goimap.CapIMAP4rev1: {}},
		InsecureAuth: true,
		Logger:       log.New(io.Discard, "", 0),
	})
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return ts
}

// faultySession lets a test make body fetches of chosen UIDs fail.
type faultySession struct {
	imapserver.Session
	ts *testServer
}

func (s *faultySession) Fetch(w *imapserver.FetchWriter, numSet goimap.NumSet, options *goimap.FetchOptions) error {
	if uids, ok := numSet.(goimap.UIDSet); ok && len(options.BodySection) > 0 {
		s.ts.mu.Lock()
		defer s.ts.mu.Unlock()
		for uid, n := range s.ts.failFetch {
			if n > 0 && uids.Contains(uid) {
				s.ts.failFetch[uid] = n - 1
				return &goimap.Error{Type: goimap.StatusResponseTypeNo, Text: "injected fetch failure"}
			}
		}
	}
	return s.Session.Fetch(w, numSet, options)
}

func (ts *testServer) failBodyFetch(uid goimap.UID, times int) {
	ts.mu.Lock()
	ts.failFetch[uid] = times
	ts.mu.Unlock()
}

// appendMail stores raw in INBOX with the given arrival time.
func (ts *testServer) appendMail(t *testing.T, raw string, at time.Time) {
	t.Helper()
	if _, err := ts.User.Append("INBOX", bytes.NewReader([]byte(raw)), &goimap.AppendOptions{Time: at}); err != nil {
		t.Fatal(err)
	}
}

// recreateInbox deletes and recreates INBOX, which gives it a new
// UIDVALIDITY and restarts its UIDs at 1.
func (ts *testServer) recreateInbox(t *testing.T) {
	t.Helper()
	if err := ts.User.Delete("INBOX"); err != nil {
		t.Fatal(err)
	}
	if err := ts.User.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
}

// fakeSink stands in for the pipeline: it archives by ExternalID and
// reports redeliveries as duplicates, as the real one does.
type fakeSink struct {
	mu       sync.Mutex
	seen     map[string]bool
	events   []*ingest.Event // every accepted call, duplicates included
	dups     []string        // ExternalIDs reported as duplicates
	failures int             // the next n Accept calls fail
}

func newFakeSink() *fakeSink { return &fakeSink{seen: map[string]bool{}} }

func (s *fakeSink) Accept(ctx context.Context, ev *ingest.Event) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failures > 0 {
		s.failures--
		return false, errors.New("pipeline unavailable")
	}
	s.events = append(s.events, ev)
	if s.seen[ev.ExternalID] {
		s.dups = append(s.dups, ev.ExternalID)
		return true, nil
	}
	s.seen[ev.ExternalID] = true
	return false, nil
}

func (s *fakeSink) snapshot() (events []*ingest.Event, dups []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*ingest.Event(nil), s.events...), append([]string(nil), s.dups...)
}

func (s *fakeSink) reset() {
	s.mu.Lock()
	s.events, s.dups = nil, nil
	s.mu.Unlock()
}

// memStates is an in-memory StateStore.
type memStates struct {
	mu sync.Mutex
	m  map[string]State
}

func newMemStates() *memStates { return &memStates{m: map[string]State{}} }

func stateKey(storeID int64, mailbox string) string {
	return fmt.Sprintf("%d/%s", storeID, mailbox)
}

func (s *memStates) LoadState(ctx context.Context, storeID int64, mailbox string) (State, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[stateKey(storeID, mailbox)], nil
}

func (s *memStates) SaveState(ctx context.Context, storeID int64, mailbox string, st State) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[stateKey(storeID, mailbox)] = st
	return nil
}

func (s *memStates) get(t *testing.T) State {
	t.Helper()
	st, _ := s.LoadState(context.Background(), 7, "support")
	return st
}

// logRecorder is a slog.Handler keeping the messages logged.
type logRecorder struct {
	mu   sync.Mutex
	msgs []string
}

func (h *logRecorder) Enabled(context.Context, slog.Level) bool { return true }
func (h *logRecorder) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *logRecorder) WithGroup(string) slog.Handler            { return h }
func (h *logRecorder) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	h.msgs = append(h.msgs, r.Message)
	h.mu.Unlock()
	return nil
}

func (h *logRecorder) count(msg string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, m := range h.msgs {
		if m == msg {
			n++
		}
	}
	return n
}
