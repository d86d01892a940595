/*
 * virtime.h: wall-clock and monotonic time, UTC timestamps, bounded waits
 *
 * Times are unsigned milliseconds since the Unix epoch, in UTC. The *Raw
 * functions are async-signal-safe (usable between fork and exec, and by
 * the logging code while it formats a line): they report no virError and
 * set errno on failure. The others report errors.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdbool.h>
#include <time.h>

/* "YYYY-MM-DD HH:MM:SS.mmm+0000" plus NUL */
#define VIR_TIME_STRING_BUFLEN (28 + 1)

/*
 * virTimeMillisNowRaw:
 * @now: set to the wall-clock time in ms since the epoch
 *
 * Async-signal-safe. Returns 0, or -1 with errno set.
 */
int virTimeMillisNowRaw(unsigned long long *now);

/*
 * virTimeFieldsThenRaw:
 * @when: ms since the epoch
 * @fields: set to @when broken down in UTC (tm_year since 1900, tm_mon
 *          0-11, tm_mday 1-31, tm_wday 0 = Sunday, tm_yday 0-365,
 *          tm_isdst 0); milliseconds are dropped
 *
 * Async-signal-safe and independent of the time zone. Returns 0: every
 * @when (up to year 584556019) fits; the int result mirrors libvirt.
 */
int virTimeFieldsThenRaw(unsigned long long when, struct tm *fields);

/*
 * virTimeFieldsNowRaw:
 *
 * virTimeFieldsThenRaw() of the current time. Async-signal-safe.
 */
int virTimeFieldsNowRaw(struct tm *fields);

/*
 * virTimeStringThenRaw:
 * @when: ms since the epoch
 * @buf: VIR_TIME_STRING_BUFLEN bytes
 *
 * Writes @when as libvirt's log timestamp "2024-11-24 21:35:01.123+0000"
 * (always UTC). Async-signal-safe. Returns 0, or -1 with errno ERANGE
 * for years after 9999.
 */
int virTimeStringThenRaw(unsigned long long when, char *buf);

/*
 * virTimeStringNowRaw:
 *
 * virTimeStringThenRaw() of the current time. Async-signal-safe.
 */
int virTimeStringNowRaw(char *buf);

/*
 * virTimeMillisNow:
 * @now: set to the wall-clock time in ms since the epoch
 *
 * Returns 0, or -1 with a system error reported.
 */
int virTimeMillisNow(unsigned long long *now);

/*
 * virTimeFieldsThen / virTimeFieldsNow:
 *
 * Like the *Raw versions, but report a system error on failure.
 */
int virTimeFieldsThen(unsigned long long when, struct tm *fields);
int virTimeFieldsNow(struct tm *fields);

/*
 * virTimeStringThen:
 * @when: ms since the epoch
 *
 * Returns @when formatted as virTimeStringThenRaw() does, in a new string
 * (caller frees), or NULL with a system error reported.
 */
char *virTimeStringThen(unsigned long long when);

/*
 * virTimeStringNow:
 *
 * virTimeStringThen() of the current time.
 */
char *virTimeStringNow(void);

/*
 * virTimeMonotonicMillis:
 *
 * Returns milliseconds of a monotonic clock (unaffected by changes of the
 * wall clock; its zero is arbitrary): for timeouts and durations.
 * Async-signal-safe; cannot fail.
 */
unsigned long long virTimeMonotonicMillis(void);

/*
 * virTimeLocalOffsetFromUTC:
 * @offset: set to the seconds the local time zone is ahead of UTC now
 *          (negative west of Greenwich)
 *
 * Returns 0, or -1 with VIR_ERR_INTERNAL_ERROR if the local time zone
 * cannot be determined.
 */
int virTimeLocalOffsetFromUTC(long *offset);

/*
 * A bounded wait with exponential back-off, for polling state that sends
 * no notification (a pid file appearing, a socket starting to accept):
 *
 *     virTimeBackOffVar timeout;
 *
 *     if (virTimeBackOffStart(&timeout, 1, 3 * 1000) < 0)
 *         return -1;
 *     while (virTimeBackOffWait(&timeout)) {
 *         if (condition_met())
 *             return 0;
 *     }
 *     virReportError(VIR_ERR_OPERATION_TIMEOUT, ...);
 *
 * Each virTimeBackOffWait() sleeps first (1, 2, 4, ... ms, then
 * VIR_TIME_BACKOFF_CAP ms each time), and never past the limit, so the
 * body runs once more right at the deadline before the loop ends.
 * Deadlines use the monotonic clock.
 */
typedef struct _virTimeBackOffVar virTimeBackOffVar;
struct _virTimeBackOffVar {
    unsigned long long start_t; /* monotonic ms at virTimeBackOffStart */
    unsigned long long next;    /* next sleep in ms, >= 1 */
    unsigned long long limit_t; /* monotonic ms when the wait ends */
};

/* the longest single sleep of virTimeBackOffWait, in ms */
#define VIR_TIME_BACKOFF_CAP 1000

/*
 * virTimeBackOffStart:
 * @var: the state to initialise
 * @first: the first sleep in ms (0 is taken as 1)
 * @timeout: total time in ms after which virTimeBackOffWait returns false
 *
 * Starts the clock. Returns 0 (the return value exists for libvirt
 * compatibility; it cannot fail).
 */
int
virTimeBackOffStart(virTimeBackOffVar *var, unsigned long long first, unsigned long long timeout);

/*
 * virTimeBackOffWait:
 * @var: state set up by virTimeBackOffStart
 *
 * Returns false without sleeping once the deadline is reached; otherwise
 * sleeps for the next back-off step (shortened so as to end at the
 * deadline, at least 1 ms) and returns true.
 */
bool virTimeBackOffWait(virTimeBackOffVar *var);
