/* livc-compare-row.h: one assessment in the compare window's table: its place in the
 * comparison and what the table shows, sorts and filters on.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_COMPARE_ROW (livc_compare_row_get_type ())
G_DECLARE_FINAL_TYPE (LivcCompareRow, livc_compare_row, LIVC, COMPARE_ROW, GObject)

LivcCompareRow *livc_compare_row_new          (LivcComparison *comparison,
                                               guint           index,
                                               const char     *lang);
guint           livc_compare_row_get_index    (LivcCompareRow *self);
const char     *livc_compare_row_get_path     (LivcCompareRow *self);
const char     *livc_compare_row_get_name     (LivcCompareRow *self);
const char     *livc_compare_row_get_folded   (LivcCompareRow *self);
const char     *livc_compare_row_get_date     (LivcCompareRow *self);
const char     *livc_compare_row_get_short_date (LivcCompareRow *self);
LivcRegion      livc_compare_row_get_region   (LivcCompareRow *self);
const char     *livc_compare_row_get_province_name (LivcCompareRow *self);
const char     *livc_compare_row_get_region_name   (LivcCompareRow *self);
double          livc_compare_row_get_score    (LivcCompareRow *self,
                                               guint           domain);
int             livc_compare_row_get_stage    (LivcCompareRow *self);
const char     *livc_compare_row_get_stage_name (LivcCompareRow *self);
gboolean        livc_compare_row_get_shown    (LivcCompareRow *self);
void            livc_compare_row_set_shown    (LivcCompareRow *self,
                                               gboolean        shown);
guint           livc_compare_row_get_slot     (LivcCompareRow *self);
void            livc_compare_row_set_slot     (LivcCompareRow *self,
                                               guint           slot);

G_END_DECLS
