/*
 * virdomainclock.c: <clock> and its <timer> children
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include <string.h>

#include "internal.h"
#include "virdomainclock.h"
#include "virdomaindef.h"
#include "virerror.h"
#include "virunits.h"

#define VIR_FROM_THIS VIR_FROM_DOMAIN

VIR_ENUM_IMPL(virDomainClockOffset,
              VIR_DOMAIN_CLOCK_OFFSET_LAST,
              "utc",
              "localtime",
              "variable",
              "timezone",
              "absolute");

VIR_ENUM_IMPL(virDomainClockBasis, VIR_DOMAIN_CLOCK_BASIS_LAST, "utc", "localtime");

VIR_ENUM_IMPL(virDomainTimerName,
              VIR_DOMAIN_TIMER_NAME_LAST,
              "platform",
              "pit",
              "rtc",
              "hpet",
              "tsc",
              "kvmclock",
              "hypervclock",
              "armvtimer");

VIR_ENUM_IMPL(virDomainTimerTickpolicy,
              VIR_DOMAIN_TIMER_TICKPOLICY_LAST,
              "none",
              "delay",
              "catchup",
              "merge",
              "discard");

VIR_ENUM_IMPL(
    virDomainTimerTrack, VIR_DOMAIN_TIMER_TRACK_LAST, "none", "boot", "guest", "wall", "realtime");

VIR_ENUM_IMPL(virDomainTimerMode,
              VIR_DOMAIN_TIMER_MODE_LAST,
              "none",
              "auto",
              "native",
              "emulate",
              "paravirt",
              "smpsafe");


static int
virDomainTimerUnsupported(const virDomainTimerDef *timer, const char *what)
{
    virReportError(VIR_ERR_CONFIG_UNSUPPORTED,
                   _("timer %1$s doesn't support setting of timer %2$s"),
                   virDomainTimerNameTypeToString(timer->name), what);
    return -1;
}


/* tickpolicy, track, frequency and mode of a <timer> */
static int
virDomainTimerParseAttrs(xmlNodePtr node, virDomainTimerDef *timer)
{
    unsigned int val;
    int rc;

    if (virXMLPropEnum(node, "tickpolicy", virDomainTimerTickpolicyTypeFromString,
                       VIR_XML_PROP_NONZERO, &val) < 0)
        return -1;
    timer->tickpolicy = val;

    if ((rc = virXMLPropEnum(node, "track", virDomainTimerTrackTypeFromString, VIR_XML_PROP_NONZERO,
                             &val)) < 0)
        return -1;
    if (rc > 0) {
        if (timer->name != VIR_DOMAIN_TIMER_NAME_PLATFORM &&
            timer->name != VIR_DOMAIN_TIMER_NAME_RTC)
            return virDomainTimerUnsupported(timer, "track");
        timer->track = val;
    }

    if ((rc = virXMLPropULongLong(node, "frequency", 10, VIR_XML_PROP_NONE, &timer->frequency)) < 0)
        return -1;
    if (rc > 0 && timer->name != VIR_DOMAIN_TIMER_NAME_TSC)
        return virDomainTimerUnsupported(timer, "frequency");

    if ((rc = virXMLPropEnum(node, "mode", virDomainTimerModeTypeFromString, VIR_XML_PROP_NONZERO,
                             &val)) < 0)
        return -1;
    if (rc > 0) {
        if (timer->name != VIR_DOMAIN_TIMER_NAME_TSC)
            return virDomainTimerUnsupported(timer, "mode");
        timer->mode = val;
    }
    return 0;
}


static virDomainTimerDef *
virDomainTimerDefParseXML(xmlNodePtr node)
{
    g_autofree virDomainTimerDef *timer = g_new0(virDomainTimerDef, 1);
    xmlNodePtr catchup;
    unsigned int name;

    if (virXMLPropEnum(node, "name", virDomainTimerNameTypeFromString, VIR_XML_PROP_REQUIRED,
                       &name) < 0)
        return NULL;
    timer->name = name;

    if (virXMLPropTristateBool(node, "present", VIR_XML_PROP_NONE, &timer->present) < 0 ||
        virDomainTimerParseAttrs(node, timer) < 0)
        return NULL;

    if ((catchup = virXMLNodeGetSubelement(node, "catchup"))) {
        if (virXMLPropULongLong(catchup, "threshold", 10, VIR_XML_PROP_NONE,
                                &timer->catchup_threshold) < 0 ||
            virXMLPropULongLong(catchup, "slew", 10, VIR_XML_PROP_NONE, &timer->catchup_slew) < 0 ||
            virXMLPropULongLong(catchup, "limit", 10, VIR_XML_PROP_NONE, &timer->catchup_limit) < 0)
            return NULL;
        if ((timer->catchup_threshold || timer->catchup_slew || timer->catchup_limit) &&
            timer->tickpolicy != VIR_DOMAIN_TIMER_TICKPOLICY_CATCHUP) {
            virReportError(
                VIR_ERR_XML_ERROR, "%s",
                _("setting of timer catchup policies is only supported with tickpolicy='catchup'"));
            return NULL;
        }
    }
    return g_steal_pointer(&timer);
}


/* offset='utc|localtime' [adjustment='reset'|N] */
static int
virDomainClockParseAdjustment(xmlXPathContextPtr ctxt, virDomainClockDef *clock)
{
    g_autofree char *adj = virXPathString("string(./clock/@adjustment)", ctxt);
    long long val;

    if (!adj)
        return 0;
    if (g_str_equal(adj, "reset")) {
        clock->adjustment_reset = true;
        return 0;
    }
    if (virStrToLong_ll(adj, NULL, 10, &val) < 0) {
        virReportError(VIR_ERR_XML_ERROR, _("unknown clock adjustment '%1$s'"), adj);
        return -1;
    }
    /* a fixed adjustment makes it a variable clock on that basis */
    clock->basis = clock->offset == VIR_DOMAIN_CLOCK_OFFSET_LOCALTIME
                       ? VIR_DOMAIN_CLOCK_BASIS_LOCALTIME
                       : VIR_DOMAIN_CLOCK_BASIS_UTC;
    clock->offset = VIR_DOMAIN_CLOCK_OFFSET_VARIABLE;
    clock->adjustment = val;
    clock->adjustment_set = true;
    return 0;
}


static int
virDomainClockParseOffset(xmlXPathContextPtr ctxt, virDomainClockDef *clock)
{
    g_autofree char *offset = virXPathString("string(./clock/@offset)", ctxt);
    g_autofree char *basis = NULL;

    if (offset && (clock->offset = virDomainClockOffsetTypeFromString(offset)) < 0) {
        virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown clock offset '%1$s'"), offset);
        return -1;
    }

    switch ((virDomainClockOffsetType)clock->offset) {
    case VIR_DOMAIN_CLOCK_OFFSET_UTC:
    case VIR_DOMAIN_CLOCK_OFFSET_LOCALTIME:
        return virDomainClockParseAdjustment(ctxt, clock);

    case VIR_DOMAIN_CLOCK_OFFSET_VARIABLE:
        /* an unparsable adjustment is taken as 0, as libvirt does */
        if (virXPathLongLong("string(./clock/@adjustment)", ctxt, &clock->adjustment) < 0)
            clock->adjustment = 0;
        clock->adjustment_set = true;
        basis = virXPathString("string(./clock/@basis)", ctxt);
        if (basis && (clock->basis = virDomainClockBasisTypeFromString(basis)) < 0) {
            virReportError(VIR_ERR_CONFIG_UNSUPPORTED, _("unknown clock basis '%1$s'"), basis);
            return -1;
        }
        return 0;

    case VIR_DOMAIN_CLOCK_OFFSET_ABSOLUTE:
        if (virXPathULongLong("string(./clock/@start)", ctxt, &clock->starttime) < 0) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("missing 'start' attribute for clock with offset='absolute'"));
            return -1;
        }
        return 0;

    case VIR_DOMAIN_CLOCK_OFFSET_TIMEZONE:
        if (!(clock->timezone = virXPathString("string(./clock/@timezone)", ctxt))) {
            virReportError(VIR_ERR_INTERNAL_ERROR, "%s",
                           _("missing 'timezone' attribute for clock with offset='timezone'"));
            return -1;
        }
        return 0;

    case VIR_DOMAIN_CLOCK_OFFSET_LAST:
        break;
    }
    return 0;
}


int
virDomainClockParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags G_GNUC_UNUSED)
{
    virDomainClockDef *clock = &def->clock;
    g_autofree xmlNodePtr *nodes = NULL;
    int n;
    size_t i;

    if (virDomainClockParseOffset(ctxt, clock) < 0)
        return -1;

    if ((n = virXPathNodeSet("./clock/timer", ctxt, &nodes)) <= 0)
        return n;

    clock->timers = g_new0(virDomainTimerDef *, n);
    for (i = 0; i < (size_t)n; i++) {
        virDomainTimerDef *timer = virDomainTimerDefParseXML(nodes[i]);

        if (!timer)
            return -1;
        clock->timers[clock->ntimers++] = timer;
    }
    return 0;
}


static void
virDomainTimerDefFormat(virBuffer *buf, const virDomainTimerDef *timer)
{
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);

    virBufferAsprintf(&attrBuf, " name='%s'", virDomainTimerNameTypeToString(timer->name));
    if (timer->present)
        virBufferAsprintf(&attrBuf, " present='%s'", virTristateBoolTypeToString(timer->present));
    if (timer->tickpolicy)
        virBufferAsprintf(&attrBuf, " tickpolicy='%s'",
                          virDomainTimerTickpolicyTypeToString(timer->tickpolicy));
    if (timer->track)
        virBufferAsprintf(&attrBuf, " track='%s'", virDomainTimerTrackTypeToString(timer->track));
    if (timer->frequency)
        virBufferAsprintf(&attrBuf, " frequency='%llu'", timer->frequency);
    if (timer->mode)
        virBufferAsprintf(&attrBuf, " mode='%s'", virDomainTimerModeTypeToString(timer->mode));

    if (timer->catchup_threshold || timer->catchup_slew || timer->catchup_limit) {
        virBufferAddLit(&childBuf, "<catchup");
        if (timer->catchup_threshold)
            virBufferAsprintf(&childBuf, " threshold='%llu'", timer->catchup_threshold);
        if (timer->catchup_slew)
            virBufferAsprintf(&childBuf, " slew='%llu'", timer->catchup_slew);
        if (timer->catchup_limit)
            virBufferAsprintf(&childBuf, " limit='%llu'", timer->catchup_limit);
        virBufferAddLit(&childBuf, "/>\n");
    }

    virXMLFormatElement(buf, "timer", &attrBuf, &childBuf);
}


void
virDomainClockFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags G_GNUC_UNUSED)
{
    const virDomainClockDef *clock = &def->clock;
    g_auto(virBuffer) attrBuf = VIR_BUFFER_INITIALIZER;
    g_auto(virBuffer) childBuf = VIR_BUFFER_INIT_CHILD(buf);
    size_t i;

    virBufferAsprintf(&attrBuf, " offset='%s'", virDomainClockOffsetTypeToString(clock->offset));
    switch ((virDomainClockOffsetType)clock->offset) {
    case VIR_DOMAIN_CLOCK_OFFSET_UTC:
    case VIR_DOMAIN_CLOCK_OFFSET_LOCALTIME:
        if (clock->adjustment_reset)
            virBufferAddLit(&attrBuf, " adjustment='reset'");
        break;
    case VIR_DOMAIN_CLOCK_OFFSET_VARIABLE:
        virBufferAsprintf(&attrBuf, " adjustment='%lld' basis='%s'", clock->adjustment,
                          virDomainClockBasisTypeToString(clock->basis));
        break;
    case VIR_DOMAIN_CLOCK_OFFSET_TIMEZONE:
        virBufferEscapeString(&attrBuf, " timezone='%s'", clock->timezone);
        break;
    case VIR_DOMAIN_CLOCK_OFFSET_ABSOLUTE:
        virBufferAsprintf(&attrBuf, " start='%llu'", clock->starttime);
        break;
    case VIR_DOMAIN_CLOCK_OFFSET_LAST:
        break;
    }

    for (i = 0; i < clock->ntimers; i++)
        virDomainTimerDefFormat(&childBuf, clock->timers[i]);

    virXMLFormatElement(buf, "clock", &attrBuf, &childBuf);
}


void
virDomainClockDefClear(virDomainClockDef *clock)
{
    size_t i;

    if (!clock)
        return;
    for (i = 0; i < clock->ntimers; i++)
        g_free(clock->timers[i]);
    g_free(clock->timers);
    g_free(clock->timezone);
    memset(clock, 0, sizeof(*clock));
}
