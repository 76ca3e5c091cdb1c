/* livc-report.h: the report of one assessment or the comparison of several, laid out once
 * into A4 pages and drawn page by page into any cairo_t, so that print and PDF export are
 * the same pixels.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "livc-comparison.h"
#include "livc-score.h"

G_BEGIN_DECLS

#define LIVC_REPORT_PAGE_WIDTH  595.2756 /* A4 in points */
#define LIVC_REPORT_PAGE_HEIGHT 841.8898

#define LIVC_TYPE_REPORT (livc_report_get_type ())
G_DECLARE_FINAL_TYPE (LivcReport, livc_report, LIVC, REPORT, GObject)

gboolean    livc_report_lang_is_valid  (const char   *lang);
LivcReport *livc_report_new            (LivcScoreSet *scores,
                                        const char   *lang);
LivcReport *livc_report_new_since      (LivcScoreSet *scores,
                                        LivcScoreSet *previous,
                                        const char   *lang);
LivcReport *livc_report_new_comparison (LivcComparison *comparison,
                                        const char     *lang);
guint       livc_report_get_n_pages    (LivcReport   *self);
void        livc_report_draw_page      (LivcReport   *self,
                                        cairo_t      *cr,
                                        guint         page);
gboolean    livc_report_set_logo       (LivcReport   *self,
                                        const char   *path,
                                        GError      **error);
gboolean    livc_report_write_pdf      (LivcReport   *self,
                                        const char   *path,
                                        GError      **error);
gboolean    livc_report_write_radar_png (LivcScoreSet *scores,
                                         const char   *lang,
                                         const char   *path,
                                         GError      **error);
void        livc_report_draw_radar     (LivcScoreSet *scores,
                                        const char   *lang,
                                        gboolean      dark,
                                        cairo_t      *cr,
                                        double        width,
                                        double        height);
gboolean    livc_report_write_comparison_png (LivcComparison *comparison,
                                              const char     *lang,
                                              const char     *path,
                                              GError        **error);

const char *livc_report_text           (const char   *id,
                                        const char   *lang);
char       *livc_format_date           (const char   *iso_date,
                                        const char   *lang);
char       *livc_format_percent        (double        value,
                                        const char   *lang);
char       *livc_report_dup_domain_absence (LivcScoreSet *scores,
                                            guint         domain_index,
                                            const char   *lang);

G_END_DECLS
