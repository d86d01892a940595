/*
 * virdomainclock.h: <clock> and its <timer> children
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbuffer.h"
#include "virconftypes.h"
#include "virenum.h"
#include "virxml.h"

/* <clock offset='...'> */
typedef enum {
    VIR_DOMAIN_CLOCK_OFFSET_UTC = 0,
    VIR_DOMAIN_CLOCK_OFFSET_LOCALTIME,
    VIR_DOMAIN_CLOCK_OFFSET_VARIABLE,
    VIR_DOMAIN_CLOCK_OFFSET_TIMEZONE,
    VIR_DOMAIN_CLOCK_OFFSET_ABSOLUTE,

    VIR_DOMAIN_CLOCK_OFFSET_LAST
} virDomainClockOffsetType;
VIR_ENUM_DECL(virDomainClockOffset);

/* <clock basis='...'> (offset='variable') */
typedef enum {
    VIR_DOMAIN_CLOCK_BASIS_UTC = 0,
    VIR_DOMAIN_CLOCK_BASIS_LOCALTIME,

    VIR_DOMAIN_CLOCK_BASIS_LAST
} virDomainClockBasis;
VIR_ENUM_DECL(virDomainClockBasis);

/* <timer name='...'> */
typedef enum {
    VIR_DOMAIN_TIMER_NAME_PLATFORM = 0,
    VIR_DOMAIN_TIMER_NAME_PIT,
    VIR_DOMAIN_TIMER_NAME_RTC,
    VIR_DOMAIN_TIMER_NAME_HPET,
    VIR_DOMAIN_TIMER_NAME_TSC,
    VIR_DOMAIN_TIMER_NAME_KVMCLOCK,
    VIR_DOMAIN_TIMER_NAME_HYPERVCLOCK,
    VIR_DOMAIN_TIMER_NAME_ARMVTIMER,

    VIR_DOMAIN_TIMER_NAME_LAST
} virDomainTimerNameType;
VIR_ENUM_DECL(virDomainTimerName);

/* <timer tickpolicy='...'>, 0 = absent */
typedef enum {
    VIR_DOMAIN_TIMER_TICKPOLICY_NONE = 0,
    VIR_DOMAIN_TIMER_TICKPOLICY_DELAY,
    VIR_DOMAIN_TIMER_TICKPOLICY_CATCHUP,
    VIR_DOMAIN_TIMER_TICKPOLICY_MERGE,
    VIR_DOMAIN_TIMER_TICKPOLICY_DISCARD,

    VIR_DOMAIN_TIMER_TICKPOLICY_LAST
} virDomainTimerTickpolicyType;
VIR_ENUM_DECL(virDomainTimerTickpolicy);

/* <timer track='...'> (rtc, platform), 0 = absent */
typedef enum {
    VIR_DOMAIN_TIMER_TRACK_NONE = 0,
    VIR_DOMAIN_TIMER_TRACK_BOOT,
    VIR_DOMAIN_TIMER_TRACK_GUEST,
    VIR_DOMAIN_TIMER_TRACK_WALL,
    VIR_DOMAIN_TIMER_TRACK_REALTIME,

    VIR_DOMAIN_TIMER_TRACK_LAST
} virDomainTimerTrackType;
VIR_ENUM_DECL(virDomainTimerTrack);

/* <timer mode='...'> (tsc), 0 = absent */
typedef enum {
    VIR_DOMAIN_TIMER_MODE_NONE = 0,
    VIR_DOMAIN_TIMER_MODE_AUTO,
    VIR_DOMAIN_TIMER_MODE_NATIVE,
    VIR_DOMAIN_TIMER_MODE_EMULATE,
    VIR_DOMAIN_TIMER_MODE_PARAVIRT,
    VIR_DOMAIN_TIMER_MODE_SMPSAFE,

    VIR_DOMAIN_TIMER_MODE_LAST
} virDomainTimerModeType;
VIR_ENUM_DECL(virDomainTimerMode);

/* <timer name='rtc' present='yes' tickpolicy='catchup' track='guest'>
 *   <catchup threshold= slew= limit=/></timer> */
struct _virDomainTimerDef {
    int name; /* virDomainTimerNameType */
    virTristateBool present;
    int tickpolicy;                       /* virDomainTimerTickpolicyType, 0 = absent */
    int track;                            /* virDomainTimerTrackType, 0 = absent */
    unsigned long long catchup_threshold; /* 0 = absent (all three) */
    unsigned long long catchup_slew;
    unsigned long long catchup_limit;
    unsigned long long frequency; /* Hz, 0 = absent (tsc) */
    int mode;                     /* virDomainTimerModeType, 0 = absent (tsc) */
};

/* Embedded (by value) in virDomainDef as def->clock. */
struct _virDomainClockDef {
    int offset;                   /* virDomainClockOffsetType */
    int basis;                    /* variable: virDomainClockBasis */
    long long adjustment;         /* variable: seconds */
    bool adjustment_set;          /* unused by the formatter (variable always prints it) */
    int adjustment_reset;         /* utc/localtime: adjustment='reset' (bool) */
    char *timezone;               /* offset='timezone' */
    unsigned long long starttime; /* offset='absolute' start= (seconds since the epoch) */
    virDomainTimerDef **timers;
    size_t ntimers;
};

/*
 * virDomainClockParseXML:
 * @ctxt: XPath context whose node is <domain>
 * Fills def->clock (utc when <clock> is absent; utc/localtime with a
 * numeric adjustment become 'variable', as libvirt does). Returns 0, or
 * -1 with an error reported.
 */
int virDomainClockParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);

/* Writes <clock .../> at @buf's indentation. */
void virDomainClockFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);

/* Frees everything inside @clock and zeroes it; NULL is allowed. */
void virDomainClockDefClear(virDomainClockDef *clock);
