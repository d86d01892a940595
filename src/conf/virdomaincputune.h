/*
 * virdomaincputune.h: <cputune> (included by virdomaintune.h)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "virbitmap.h"
#include "virbuffer.h"
#include "virconftypes.h"
#include "virdomainresctrl.h"
#include "virenum.h"
#include "virxml.h"

/* scheduler='...' of vcpusched/iothreadsched/emulatorsched */
typedef enum {
    VIR_PROC_POLICY_NONE = 0,
    VIR_PROC_POLICY_BATCH,
    VIR_PROC_POLICY_IDLE,
    VIR_PROC_POLICY_FIFO,
    VIR_PROC_POLICY_RR,

    VIR_PROC_POLICY_LAST
} virProcessSchedPolicy;
VIR_ENUM_DECL(virProcessSchedPolicy);

/* <vcpupin vcpu='0' cpuset='1'/>, <iothreadpin iothread='1' cpuset=../> */
typedef struct _virDomainPinDef virDomainPinDef;
struct _virDomainPinDef {
    unsigned int id; /* vCPU or IOThread id */
    virBitmap *cpumask;
};

/* one vCPU's / IOThread's scheduler (libvirt keeps them per thread and
 * writes one element per thread) */
typedef struct _virDomainThreadSchedParam virDomainThreadSchedParam;
struct _virDomainThreadSchedParam {
    unsigned int id; /* the vCPU / IOThread id it applies to (unused for emulator) */
    int policy;      /* virProcessSchedPolicy */
    int priority;    /* fifo / rr only */
};

/* def->cputune */
struct _virDomainCputune {
    unsigned long long shares;
    bool sharesSpecified;
    unsigned long long period; /* 0 = absent */
    long long quota;           /* 0 = absent */
    unsigned long long global_period;
    long long global_quota;
    unsigned long long emulator_period;
    long long emulator_quota;
    unsigned long long iothread_period;
    long long iothread_quota;
    virDomainPinDef **vcpupin; /* sorted by vCPU id */
    size_t nvcpupin;
    virBitmap *emulatorpin;
    virDomainPinDef **iothreadpin; /* formatted in def->iothreadids order */
    size_t niothreadpin;
    virDomainThreadSchedParam *emulatorsched;
    virDomainThreadSchedParam **vcpusched; /* one per vCPU, sorted by id */
    size_t nvcpusched;
    virDomainThreadSchedParam **iothreadsched; /* one per IOThread */
    size_t niothreadsched;
    virDomainResctrlDef **resctrls; /* <cachetune>/<memorytune> groups */
    size_t nresctrls;
};

/*
 * virDomainCputuneParseXML:
 * @ctxt: XPath context whose node is <domain>
 * @def: reads def->maxvcpus and def->iothreadids (the core parses <vcpu>
 *       and <iothreads>/<iothreadids> first), fills def->cputune
 *
 * Returns 0, or -1 with an error (libvirt 9.0's codes and texts).
 */
int virDomainCputuneParseXML(xmlXPathContextPtr ctxt, virDomainDef *def, unsigned int flags);

/* Writes <cputune>...</cputune>, nothing when empty. */
void virDomainCputuneFormat(virBuffer *buf, const virDomainDef *def, unsigned int flags);

/* Frees everything inside @cputune and zeroes it; NULL is allowed. */
void virDomainCputuneClear(virDomainCputune *cputune);
