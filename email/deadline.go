package email

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	months    = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
	monthName = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	dateMDY   = regexp.MustCompile(`(?i)\b` + monthName + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dateDMY   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthName + `,?\s+(\d{4})\b`)
	dateISO   = regexp.MustCompile(`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b`)
	dateZH    = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`)
	// A deadline word shortly before the date, or 前/之前 right after a
	// Chinese date ("请于2026年12月3日前回复").
	deadlineBefore = regexp.MustCompile(`(?i)(respond|reply|response|evidence|submit|challenge|due|deadline|expires?|before|by|until|no later than|截止|请于|须于|需于|之前|最晚)`)
	deadlineAfter  = regexp.MustCompile(`^\s*(前|之前|以前|截止)`)
	withinDays     = regexp.MustCompile(`(?i)(?:within|in the next)\s+(\d{1,3})\s+(?:calendar\s+|business\s+)?days|(\d{1,3})\s*(?:天|日)内`)
)

// findDeadline returns the first date that the text presents as a
// deadline, at the end of that day UTC; else "within N days" counted from
// sent (the mail's Date); else zero.
func findDeadline(text string, sent time.Time) time.Time {
	type found struct {
		at, end int
		t       time.Time
	}
	var dates []found
	add := func(at, end, y, mo, d int) {
		if y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
			return
		}
		dates = append(dates, found{at, end, time.Date(y, time.Month(mo), d, 23, 59, 59, 0, time.UTC)})
	}
	for _, sm := range dateMDY.FindAllStringSubmatchIndex(text, 20) {
		add(sm[0], sm[1], atoi(text[sm[6]:sm[7]]), int(monthOf(text[sm[2]:sm[3]])), atoi(text[sm[4]:sm[5]]))
	}
	for _, sm := range dateDMY.FindAllStringSubmatchIndex(text, 20) {
		add(sm[0], sm[1], atoi(text[sm[6]:sm[7]]), int(monthOf(text[sm[4]:sm[5]])), atoi(text[sm[2]:sm[3]]))
	}
	for _, sm := range dateISO.FindAllStringSubmatchIndex(text, 20) {
		add(sm[0], sm[1], atoi(text[sm[2]:sm[3]]), atoi(text[sm[4]:sm[5]]), atoi(text[sm[6]:sm[7]]))
	}
	for _, sm := range dateZH.FindAllStringSubmatchIndex(text, 20) {
		add(sm[0], sm[1], atoi(text[sm[2]:sm[3]]), atoi(text[sm[4]:sm[5]]), atoi(text[sm[6]:sm[7]]))
	}
	var best *found
	for i := range dates {
		f := &dates[i]
		before := text[max(0, f.at-60):f.at]
		if deadlineBefore.MatchString(before) || deadlineAfter.MatchString(text[f.end:]) {
			if best == nil || f.at < best.at {
				best = f
			}
		}
	}
	if best != nil {
		return best.t
	}
	if sm := withinDays.FindStringSubmatch(text); sm != nil && !sent.IsZero() {
		n := atoi(sm[1] + sm[2])
		d := sent.UTC().AddDate(0, 0, n)
		return time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 59, 0, time.UTC)
	}
	return time.Time{}
}

func monthOf(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if m, ok := months[s]; ok {
		return m
	}
	if len(s) >= 3 {
		return months[s[:3]]
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
