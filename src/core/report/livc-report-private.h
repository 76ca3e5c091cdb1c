/* livc-report-private.h: what the files of the report share: the LivcReport struct and
 * the block builders, the wording helpers and the pieces both kinds of report draw.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-layout-private.h"
#include "livc-report.h"

G_BEGIN_DECLS

struct _LivcReport
{
  GObject            parent_instance;
  LivcScoreSet      *scores;        /* the assessment of a single report */
  LivcScoreSet      *previous;      /* and an earlier one of the same municipality, or NULL */
  LivcComparison    *comparison;    /* or the assessments of a comparison report */
  GPtrArray         *trends;        /* LivcTrend*, in a comparison report */
  LivcQuestionnaire *questionnaire; /* the (reference) questionnaire */
  char              *author;        /* PDF metadata */
  char              *date;
  char              *lang;          /* "nl", "fr", "en" or "nl+fr" */
  char              *langs[MAX_COLS];
  guint              n_cols;
  LivcLayout        *layout;        /* the blocks, then the pages */
  char              *running;       /* the running header's text */
  char              *title;         /* the PDF's title: the same, without isolates */
  GPtrArray         *isolated;      /* texts from files, isolated, kept as long as the report */
  cairo_surface_t   *logo;          /* on the cover, or NULL */
};

/* One string per column, freed together (g_autofree on an array would free only the
 * first). */
typedef struct
{
  char *s[MAX_COLS];
} LivcStrings;

void        _livc_report_strings_clear     (LivcStrings        *strings);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LivcStrings, _livc_report_strings_clear)

/* livc-report-text.c: the wording */
char       *_livc_report_fill_numbers      (const char         *template,
                                            guint               first,
                                            guint               second);
const char *_livc_report_text_find        (const char         *id,
                                            const char         *lang);
char       *_livc_report_fill             (const char         *template,
                                            const char * const *keys,
                                            const char * const *values);
char       *_livc_report_typeset          (const char         *text,
                                            const char         *lang);
char       *_livc_report_texts_joined      (const char         *id,
                                            const char * const *langs,
                                            guint               n_langs);

/* livc-report.c */
void        _livc_report_set_lang          (LivcReport         *self,
                                            const char         *lang);

/* livc-report-blocks.c: the block model */
const char *_livc_report_iso               (LivcReport         *self,
                                            const char         *text);
const char *_livc_report_q_lookup          (LivcReport         *self,
                                            const LivcText     *text,
                                            const char         *lang);
char       *_livc_report_label_all         (LivcReport         *self,
                                            const char         *id);
char       *_livc_report_stage_lines       (LivcReport         *self,
                                            LivcStage          *stage);
LivcBlock  *_livc_report_add_block         (LivcReport         *self,
                                            LivcBlockKind       kind,
                                            LivcStyle           style);
LivcBlock  *_livc_report_add_texts         (LivcReport         *self,
                                            LivcStyle           style,
                                            const char * const *texts);
LivcBlock  *_livc_report_add_label         (LivcReport         *self,
                                            LivcStyle           style,
                                            const char         *id);
LivcBlock  *_livc_report_add_q_text        (LivcReport         *self,
                                            LivcStyle           style,
                                            const LivcText     *text);
LivcBlock  *_livc_report_add_plain         (LivcReport         *self,
                                            LivcStyle           style,
                                            const char         *text);
void        _livc_report_add_section_break (LivcReport         *self);
void        _livc_report_add_space         (LivcReport         *self,
                                            double              height);
void        _livc_report_add_heading_texts (LivcReport         *self,
                                            LivcStyle           style,
                                            const char * const *texts,
                                            int                 level);
void        _livc_report_add_heading       (LivcReport         *self,
                                            LivcStyle           style,
                                            const char         *id,
                                            const LivcText     *qtext,
                                            int                 level);
LivcBlock  *_livc_report_add_row           (LivcReport         *self,
                                            const double       *widths,
                                            gboolean            header,
                                            const char * const *cells,
                                            guint               n_cells);
LivcBlock  *_livc_report_add_chart         (LivcReport         *self,
                                            LivcChartKind       chart,
                                            double              height,
                                            guint               arg,
                                            guint               arg2);
LivcBlock  *_livc_report_add_item          (LivcReport         *self,
                                            LivcStyle           style,
                                            LivcItem           *item);
char       *_livc_report_member_label     (LivcReport         *self,
                                            LivcParticipant    *p,
                                            guint               index,
                                            gboolean            brief);
void        _livc_report_add_annex         (LivcReport         *self,
                                            const char         *heading,
                                            const char * const *paragraphs);

/* livc-report-executive.c */
void        _livc_report_build_executive   (LivcReport         *self);

/* livc-report-compare.c */
LivcAssessment *_livc_report_member_assessment (LivcReport     *self,
                                                guint           index);
gboolean        _livc_report_uses_band         (LivcComparison *comparison);
char           *_livc_report_format_change     (double          change);

/* livc-report-logo.c */
void        _livc_report_draw_logo         (LivcReport         *self,
                                            cairo_t            *cr);

/* livc-report-draw.c */
cairo_status_t  _livc_report_append_to_array   (void                *closure,
                                                const unsigned char *data,
                                                unsigned int         length);

G_END_DECLS
