// Package sla keeps the clocks of after-sales tickets: which policy
// applies to a ticket, when its first response, next response and
// resolution are due on a calendar or business clock, and what happens
// when nobody answers in time (warn, escalate to a supervisor, and at the
// critical level freeze the store's refunds and write an incident).
//
// The clocks themselves are pure functions (Calendar, Match, Apply); the
// Engine reads and writes tickets through the domain services and keeps
// its timers as durable jobs, so a restart or a second replica neither
// loses nor doubles an escalation.
package sla

import (
	"fmt"
	"time"

	"kefu"
)

// Clock measures SLA time.
type Clock interface {
	// Due returns the moment d after start on this clock.
	Due(start time.Time, d kefu.SLADuration) time.Time
	// Elapsed is the clock time from a to b, 0 when b is not after a.
	Elapsed(a, b time.Time) time.Duration
}

// CalendarClock counts every hour, weekends and holidays included, as
// Amazon does for buyer messages; a day is 24 hours.
type CalendarClock struct{}

// Due returns start plus d, a day being 24 hours.
func (CalendarClock) Due(start time.Time, d kefu.SLADuration) time.Time {
	return start.Add(d.Calendar())
}

// Elapsed returns b − a, or 0.
func (CalendarClock) Elapsed(a, b time.Time) time.Duration { return max(0, b.Sub(a)) }

// maxScanDays bounds the search for open hours: a calendar whose next
// open period is further away than this has none in practice.
const maxScanDays = 3 * 366

// Calendar is a business calendar placed in a time zone: open periods per
// weekday and holidays, all in local time. Local times are turned into
// instants per day with time.Date, so a period on a day that changes to or
// from daylight saving time holds the real time that passes in it.
type Calendar struct {
	loc      *time.Location
	week     [7][]kefu.Period
	holidays map[civilDate]bool
}

type civilDate struct {
	y int
	m time.Month
	d int
}

// DefaultCalendar is the company calendar when none is configured:
// Monday to Friday, 09:00–18:00 in the store's time zone.
func DefaultCalendar() *kefu.BusinessCalendar {
	return &kefu.BusinessCalendar{Name: "Business hours", Periods: kefu.WorkWeek(kefu.Period{Start: 9 * 60, End: 18 * 60})}
}

// NewCalendar places bc in its own time zone or, when it names none, in
// tz (the store's).
func NewCalendar(bc *kefu.BusinessCalendar, tz string) (*Calendar, error) {
	if bc.Timezone != "" {
		tz = bc.Timezone
	}
	if tz == "" {
		tz = "UTC"
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return nil, fmt.Errorf("sla: calendar time zone %q: %w", tz, err)
	}
	c := &Calendar{loc: loc, holidays: map[civilDate]bool{}}
	open := false
	for d := time.Sunday; d <= time.Saturday; d++ {
		c.week[d] = bc.Day(d)
		open = open || len(c.week[d]) > 0
	}
	if !open {
		return nil, fmt.Errorf("sla: calendar %q has no open hours", bc.Name)
	}
	for _, h := range bc.Holidays {
		day, err := time.Parse(time.DateOnly, h)
		if err != nil {
			return nil, fmt.Errorf("sla: calendar %q: holiday %q: %w", bc.Name, h, err)
		}
		c.holidays[civilDate{day.Year(), day.Month(), day.Day()}] = true
	}
	return c, nil
}

// Location is the time zone the calendar's hours are in.
func (c *Calendar) Location() *time.Location { return c.loc }

func (c *Calendar) at(day civilDate, minute int) time.Time {
	return time.Date(day.y, day.m, day.d, minute/60, minute%60, 0, 0, c.loc)
}

func (c *Calendar) businessDay(day civilDate) bool {
	wd := time.Date(day.y, day.m, day.d, 12, 0, 0, 0, c.loc).Weekday()
	return !c.holidays[day] && len(c.week[wd]) > 0
}

func dateOf(t time.Time) civilDate {
	y, m, d := t.Date()
	return civilDate{y, m, d}
}

func (c *Calendar) nextDay(day civilDate) civilDate {
	return dateOf(time.Date(day.y, day.m, day.d+1, 12, 0, 0, 0, c.loc))
}

// periods calls fn with each open period of the days from t's onwards,
// in order, until fn returns false or maxScanDays have passed.
func (c *Calendar) periods(t time.Time, fn func(start, end time.Time) bool) {
	day := dateOf(t.In(c.loc))
	for range maxScanDays {
		if !c.holidays[day] {
			wd := time.Date(day.y, day.m, day.d, 12, 0, 0, 0, c.loc).Weekday()
			for _, p := range c.week[wd] {
				if !fn(c.at(day, p.Start), c.at(day, p.End)) {
					return
				}
			}
		}
		day = c.nextDay(day)
	}
}

// Add returns the moment d of open hours after start. A deadline that
// uses up a period exactly falls at its end (18:00), not at the next
// opening.
func (c *Calendar) Add(start time.Time, d time.Duration) time.Time {
	if d <= 0 {
		return start
	}
	due, t := time.Time{}, start
	c.periods(start, func(ps, pe time.Time) bool {
		if !pe.After(t) {
			return true
		}
		if ps.After(t) {
			t = ps
		}
		if avail := pe.Sub(t); d <= avail {
			due = t.Add(d)
			return false
		}
		d -= pe.Sub(t)
		t = pe
		return true
	})
	if due.IsZero() { // no open hours within reach: count calendar time
		due = t.Add(d)
	}
	return due.In(start.Location())
}

// Open returns t when it falls in open hours, else the start of the next
// open period.
func (c *Calendar) Open(t time.Time) time.Time {
	open := t
	c.periods(t, func(ps, pe time.Time) bool {
		if !pe.After(t) {
			return true
		}
		if ps.After(t) {
			open = ps
		}
		return false
	})
	return open.In(t.Location())
}

// AddDays returns the same local time of day n business days after start,
// as eBay counts "3 business days": a case opened on Friday at 15:00 is
// due on Wednesday at 15:00. A start outside open hours counts from the
// next opening, so a case opened on Saturday is due on Thursday at 09:00.
// The wall-clock time is kept across a change to or from daylight saving.
func (c *Calendar) AddDays(start time.Time, n int) time.Time {
	if n <= 0 {
		return start
	}
	t := c.Open(start).In(c.loc)
	day := dateOf(t)
	for k := 0; k < n; {
		day = c.nextDay(day)
		if c.businessDay(day) {
			k++
		}
	}
	h, m, s := t.Clock()
	return time.Date(day.y, day.m, day.d, h, m, s, t.Nanosecond(), c.loc).In(start.Location())
}

// Due returns the moment d after start: its days as business days, then
// its time as open hours.
func (c *Calendar) Due(start time.Time, d kefu.SLADuration) time.Time {
	return c.Add(c.AddDays(start, d.Days), d.Time)
}

// Elapsed returns the open hours between a and b, 0 when b is not after a.
func (c *Calendar) Elapsed(a, b time.Time) time.Duration {
	if !b.After(a) {
		return 0
	}
	var sum time.Duration
	day := dateOf(a.In(c.loc))
	for !c.at(day, 0).After(b) {
		if !c.holidays[day] {
			wd := time.Date(day.y, day.m, day.d, 12, 0, 0, 0, c.loc).Weekday()
			for _, p := range c.week[wd] {
				from, to := c.at(day, p.Start), c.at(day, p.End)
				if from.Before(a) {
					from = a
				}
				if to.After(b) {
					to = b
				}
				if to.After(from) {
					sum += to.Sub(from)
				}
			}
		}
		day = c.nextDay(day)
	}
	return sum
}
