package imap

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	goimap "github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"kefu/ingest"
)

// errVanished: the message was expunged between SEARCH and FETCH. It can
// never be fetched again, so it must not hold the mailbox back.
var errVanished = errors.New("message vanished from the folder")

// PollOnce imports every message above the saved LastUID, in ascending UID
// order, and returns how many events the Sink accepted (redeliveries that
// the Sink recognised as duplicates included).
//
// The state is advanced only after Accept returned nil, one message at a
// time, so a crash between the two re-fetches that message next time and
// the pipeline's dedupe by ExternalID makes that harmless. A message that
// fails to fetch is logged and skipped for this poll, but the state stays
// below it, so it is retried next poll (later messages are accepted now and
// again then, as duplicates). A Sink or state-store error ends the poll.
func (p *Poller) PollOnce(ctx context.Context) (accepted int, err error) {
	if p.Sink == nil || p.States == nil {
		return 0, errors.New("imap: Poller needs a Sink and a StateStore")
	}
	m := p.Mailbox
	log := p.logger()

	st, err := p.States.LoadState(ctx, m.StoreID, m.Name)
	if err != nil {
		return 0, fmt.Errorf("imap: load state: %w", err)
	}
	c, stop, err := p.connect(ctx)
	if err != nil {
		return 0, err
	}
	defer stop()

	// EXAMINE, not SELECT: read-only, so nothing we do can mark mail \Seen
	// or expunge it behind the seller's back.
	sel, err := c.Select(m.folder(), &goimap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		return 0, fmt.Errorf("imap: examine %q: %w", m.folder(), err)
	}
	if sel.UIDValidity != st.UIDValidity {
		if st.UIDValidity != 0 {
			// RFC 9051 §2.3.1.1: UIDs from another UIDVALIDITY mean nothing.
			// The folder was recreated or the server rebuilt its index;
			// re-import it all and let the pipeline drop what it has.
			log.Warn("imap UIDVALIDITY changed; re-importing the folder",
				"old", st.UIDValidity, "new", sel.UIDValidity, "last_uid", st.LastUID)
		}
		st = State{UIDValidity: sel.UIDValidity}
		if err := p.States.SaveState(ctx, m.StoreID, m.Name, st); err != nil {
			return 0, fmt.Errorf("imap: save state: %w", err)
		}
	}
	if sel.NumMessages == 0 || (sel.UIDNext != 0 && uint32(sel.UIDNext) <= st.LastUID+1) {
		return 0, nil // nothing new; spare the server a SEARCH
	}

	uids, err := newUIDs(c, st.LastUID)
	if err != nil {
		return 0, err
	}

	pinned := false // a fetch failed: the state must stay below that UID
	for batch := range slices.Chunk(uids, p.batchSize()) {
		metas, err := fetchMeta(c, batch)
		if err != nil {
			return accepted, err
		}
		for _, uid := range batch {
			if err := ctx.Err(); err != nil {
				return accepted, err
			}
			meta, ok := metas[uid]
			if !ok {
				log.Info("imap message vanished before fetch", "uid", uid)
				continue
			}
			ev, err := p.fetchEvent(c, st.UIDValidity, meta)
			if errors.Is(err, errVanished) {
				log.Info("imap message vanished before fetch", "uid", uid)
				continue
			} else if err != nil {
				if closed(c) {
					return accepted, fmt.Errorf("imap: fetch uid %d: %w", uid, err)
				}
				log.Error("imap fetch failed; will retry next poll", "uid", uid, "err", err)
				pinned = true
				continue
			}
			dup, err := p.Sink.Accept(ctx, ev)
			if err != nil {
				return accepted, fmt.Errorf("imap: accept uid %d: %w", uid, err)
			}
			accepted++
			if dup {
				log.Debug("imap message already archived", "uid", uid, "external_id", ev.ExternalID)
			}
			if pinned {
				continue
			}
			st.LastUID = uint32(uid)
			if err := p.States.SaveState(ctx, m.StoreID, m.Name, st); err != nil {
				return accepted, fmt.Errorf("imap: save state: %w", err)
			}
		}
	}
	return accepted, nil
}

// newUIDs returns the UIDs above last, ascending.
func newUIDs(c *imapclient.Client, last uint32) ([]goimap.UID, error) {
	// "n:*" also matches the highest existing UID when it is below n
	// (RFC 9051 §6.4.4), hence the filter below.
	set := goimap.UIDSet{{Start: goimap.UID(last + 1), Stop: 0}}
	data, err := c.UIDSearch(&goimap.SearchCriteria{UID: []goimap.UIDSet{set}}, nil).Wait()
	if err != nil {
		return nil, fmt.Errorf("imap: uid search: %w", err)
	}
	var uids []goimap.UID
	for _, uid := range data.AllUIDs() {
		if uint32(uid) > last {
			uids = append(uids, uid)
		}
	}
	slices.Sort(uids)
	return slices.Compact(uids), nil
}

type messageMeta struct {
	uid  goimap.UID
	size int64
	date time.Time
}

// fetchMeta fetches the sizes and arrival dates of a batch, so no message
// body is ever requested before its size is known.
func fetchMeta(c *imapclient.Client, uids []goimap.UID) (map[goimap.UID]messageMeta, error) {
	bufs, err := c.Fetch(goimap.UIDSetNum(uids...), &goimap.FetchOptions{
		UID: true, RFC822Size: true, InternalDate: true,
	}).Collect()
	if err != nil {
		return nil, fmt.Errorf("imap: fetch sizes: %w", err)
	}
	metas := make(map[goimap.UID]messageMeta, len(bufs))
	for _, b := range bufs {
		metas[b.UID] = messageMeta{uid: b.UID, size: b.RFC822Size, date: b.InternalDate}
	}
	return metas, nil
}

// fetchEvent fetches one message and builds its event: the whole message
// when it fits MaxMessageBytes, otherwise its header only.
func (p *Poller) fetchEvent(c *imapclient.Client, uidValidity uint32, meta messageMeta) (*ingest.Event, error) {
	limit := p.maxMessageBytes()
	if meta.size <= limit {
		raw, err := fetchSection(c, meta.uid, &goimap.FetchItemBodySection{Peek: true}, limit)
		if err == nil {
			return p.event(uidValidity, meta, raw, false), nil
		}
		if !errors.Is(err, errTooLarge) {
			return nil, err
		}
		// RFC822.SIZE understated the size; the literal's own length is
		// the truth, and it was discarded unread.
	}
	header, err := fetchSection(c, meta.uid, &goimap.FetchItemBodySection{Specifier: goimap.PartSpecifierHeader, Peek: true}, limit)
	if errors.Is(err, errTooLarge) {
		header, err = nil, nil // a header over the limit is an attack; archive the note alone
	}
	if err != nil {
		return nil, err
	}
	return p.event(uidValidity, meta, header, true), nil
}

var errTooLarge = errors.New("section larger than the limit")

// fetchSection streams one body section of one message, refusing to read
// more than limit bytes of it.
func fetchSection(c *imapclient.Client, uid goimap.UID, section *goimap.FetchItemBodySection, limit int64) ([]byte, error) {
	cmd := c.Fetch(goimap.UIDSetNum(uid), &goimap.FetchOptions{
		UID: true, BodySection: []*goimap.FetchItemBodySection{section},
	})
	var (
		raw     []byte
		found   bool
		readErr error
	)
	if msg := cmd.Next(); msg != nil {
		for item := msg.Next(); item != nil; item = msg.Next() {
			body, ok := item.(imapclient.FetchItemDataBodySection)
			if !ok || found {
				continue
			}
			found = true
			switch {
			case body.Literal == nil: // NIL: an empty section
				raw = []byte{}
			case body.Literal.Size() > limit:
				readErr = errTooLarge // discarded by the next Next, never buffered
			default:
				raw, readErr = io.ReadAll(body.Literal)
			}
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, err
	}
	switch {
	case readErr != nil:
		return nil, readErr
	case !found:
		return nil, errVanished
	}
	return raw, nil
}
