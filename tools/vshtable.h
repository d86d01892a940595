/*
 * vshtable.h: column-aligned tables as virsh prints them
 *
 *  Id   Name   State
 * ----------------------
 *  1    test   running
 *
 * Each cell is preceded by one space; columns are padded to their widest
 * cell plus two spaces (the last column is not padded); the dashes span
 * every column's width plus three. Cells are measured in terminal columns
 * of the current locale, with control characters shown as \xNN.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "vsh.h"

typedef struct _vshTable vshTable;

/* A new table whose header row is the NULL-terminated list of column titles. */
vshTable *vshTableNew(const char *first, ...) G_GNUC_NULL_TERMINATED;

/*
 * vshTableRowAppend:
 * Add a row of as many cells as there are columns (NULL-terminated list).
 * Returns 0, or -1 with an error printed when the count is wrong.
 */
int vshTableRowAppend(vshTable *table, const char *arg, ...) G_GNUC_NULL_TERMINATED;

/* Free @table; NULL is fine. */
void vshTableFree(vshTable *table);

/*
 * vshTablePrintToString:
 * The table as text, with the header and dashes when @header. Returns a
 * new string.
 */
char *vshTablePrintToString(vshTable *table, bool header);

/* Print @table to ctl's output; the header is left out in quiet mode. */
void vshTablePrintToStdout(vshTable *table, vshControl *ctl);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(vshTable, vshTableFree);
