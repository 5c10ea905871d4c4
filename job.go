package kefu

import (
	"context"
	"encoding/json"
	"time"
)

// Job kinds. Automation, SLA timers and delayed auto-replies are durable
// jobs: written in the transaction of the change that calls for them, run
// by whichever replica claims them first, retried with backoff.
const (
	// JobAutomate runs classification, SLA and rules for a ticket event;
	// storage enqueues it with every new ticket and inbound message.
	JobAutomate = "automate"
)

// Job is one unit of background work, due at DueAt.
type Job struct {
	ID       int64           `json:"id"`
	Kind     string          `json:"kind"`
	TicketID int64           `json:"ticket_id,omitempty"`
	Payload  json.RawMessage `json:"payload,omitempty"`
	// DedupeKey, when set, makes the job unique: enqueueing it again while
	// it exists does nothing ("escalate ticket 7 to level 2" happens once,
	// whichever replica asks).
	DedupeKey string     `json:"dedupe_key,omitempty"`
	DueAt     time.Time  `json:"due_at"`
	Status    string     `json:"status"` // pending, done, failed, cancelled
	Attempts  int        `json:"attempts"`
	LastError string     `json:"last_error,omitempty"`
	DoneAt    *time.Time `json:"done_at,omitempty"`
	CreatedAt time.Time  `json:"created_at"`
}

// Job statuses.
const (
	JobPending   = "pending"
	JobDone      = "done"
	JobFailed    = "failed"
	JobCancelled = "cancelled"
)

// Automation is the payload of a JobAutomate job: what happened.
type Automation struct {
	Event     string `json:"event"` // one of the Event… constants
	MessageID int64  `json:"message_id,omitempty"`
}

// Automation events. Rules run on the first two; the SLA clocks follow
// all of them (a reply stops the response clock, pending pauses the
// resolution clock).
const (
	EventTicketCreated = "ticket_created"
	EventBuyerMessage  = "buyer_message"
	EventAgentReply    = "agent_reply"
	EventStatusChanged = "status_changed"
)

// JobQueue stores jobs. Enqueue joins the caller's transaction (a Batch),
// so a job exists exactly when the change that called for it does.
type JobQueue interface {
	// EnqueueJob adds a job; with a DedupeKey already present it returns
	// false and changes nothing.
	EnqueueJob(ctx context.Context, j *Job) (bool, error)
	// ClaimJobs takes up to limit due pending jobs of the kinds, hiding
	// them from other workers for lease.
	ClaimJobs(ctx context.Context, kinds []string, limit int, lease time.Duration) ([]*Job, error)
	// FinishJob records a claimed job's outcome: done, or failed with a
	// retry at retryAt (nil: failed for good).
	FinishJob(ctx context.Context, j *Job, jobErr error, retryAt *time.Time) error
	// CancelJobs cancels pending jobs of a kind for a ticket, e.g. a
	// delayed auto-reply once an agent has answered.
	CancelJobs(ctx context.Context, kind string, ticketID int64) (int, error)
	ListJobs(ctx context.Context, f JobFilter) ([]*Job, error)
}

// JobFilter selects jobs, newest first.
type JobFilter struct {
	Kind     string
	TicketID int64
	Status   string
	Limit    int
}
