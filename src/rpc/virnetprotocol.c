/*
 * virnetprotocol.c: looking procedures up in the program tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <config.h>

#include "virnetprotocol.h"


const virNetProcedure *
virNetProgramDefLookup(const virNetProgramDef *def, int proc)
{
    size_t lo = 0;
    size_t hi;

    if (!def)
        return NULL;

    /* the generator sorts each table by procedure number */
    hi = def->nprocs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int cur = def->procs[mid].proc;

        if (cur == proc)
            return &def->procs[mid];
        if (cur < proc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
