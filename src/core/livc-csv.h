/* livc-csv.h: the CSV formats of the CLI contract, and the tables behind them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-assessment.h"
#include "livc-questionnaire.h"
#include "livc-score.h"
#include "livc-sheet.h"

G_BEGIN_DECLS

void       livc_csv_append_field         (GString            *out,
                                          const char         *value);
void       livc_csv_append_number        (GString            *out,
                                          const char         *value);
void       livc_csv_append_row           (GString            *out,
                                          const char * const *fields,
                                          guint               numbers);
char      *livc_csv_format_number        (double              value);
void       livc_csv_write_scores         (GString            *out,
                                          LivcScoreSet       *scores);
void       livc_csv_write_table          (GString            *out,
                                          LivcTable          *table,
                                          LivcCsvDialect      dialect);
void       livc_csv_write_export_header  (GString            *out);
void       livc_csv_write_export         (GString            *out,
                                          const char         *file,
                                          LivcAssessment     *assessment,
                                          LivcQuestionnaire  *questionnaire);
char      *livc_csv_format_score         (double              score);
void       livc_csv_write_compare_header (GString            *out);
void       livc_csv_write_compare        (GString            *out,
                                          const char         *file,
                                          LivcScoreSet       *scores);
LivcTable *livc_csv_add_export_table     (LivcSheet          *sheet,
                                          const char         *lang);
void       livc_csv_add_export_rows      (LivcTable          *table,
                                          const char         *file,
                                          LivcAssessment     *assessment,
                                          LivcQuestionnaire  *questionnaire);
LivcTable *livc_csv_add_compare_table    (LivcSheet          *sheet,
                                          const char         *lang);
void       livc_csv_add_compare_rows     (LivcTable          *table,
                                          const char         *file,
                                          LivcScoreSet       *scores);
LivcTable *livc_csv_add_actions_table    (LivcSheet          *sheet,
                                          const char         *lang);
void       livc_csv_add_actions_rows     (LivcTable          *table,
                                          const char         *file,
                                          LivcAssessment     *assessment,
                                          LivcQuestionnaire  *questionnaire,
                                          const char         *today);

G_END_DECLS
