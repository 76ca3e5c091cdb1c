/* livc-compare-window.c: the compare window: loading in the background, the header bar
 * with its views and the export, the problems line, and the actions. The views are
 * widgets of their own (livc-compare-overview.c, livc-compare-trend.c,
 * livc-compare-peers.c), handed the comparison as it grows.
 *
 * Only assessments of one questionnaire can be compared: the one most files answer. As
 * files arrive that may change, and the comparison is then rebuilt from what has loaded;
 * the others are named at the end, with the reason, among the problems.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "livc-compare-loader.h"
#include "livc-compare-peers.h"
#include "livc-compare-row.h"
#include "livc-compare-trend.h"
#include "livc-compare-window.h"
#include "livc-file-dialogs.h"
#include "livc-problems-dialog.h"
#include "livc-report-language-dialog.h"
#include "livc-settings.h"

struct _LivcCompareWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwToastOverlay      *toast_overlay;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_label;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  LivcCompareOverview  *overview;
  LivcCompareTrend     *trend;
  LivcComparePeers     *peers;

  GSettings            *settings;       /* NULL when the schema is not installed */
  const char           *lang;           /* the questionnaires' language on screen */
  GtkNativeDialog      *chooser;

  /* loading */
  LivcCompareLoader    *loader;
  GPtrArray            *entries;        /* LivcCompareLoaded that loaded, every questionnaire */
  GHashTable           *paths;          /* every path loaded or refused, to skip repeats */
  GHashTable           *counts;         /* questionnaire id → files */
  char                 *majority;       /* the id compared */
  LivcDiagnostics      *problems;       /* refused, left out, warnings */
  guint                 n_failed;
  guint                 n_left_out;
  LivcComparison       *comparison;
};

G_DEFINE_FINAL_TYPE (LivcCompareWindow, livc_compare_window, ADW_TYPE_APPLICATION_WINDOW)

static void
toast (LivcCompareWindow *self,
       const char        *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* The chooser shown last, if any: a new one replaces it, the window's end destroys it. */
static void
set_chooser (LivcCompareWindow *self,
             GtkNativeDialog   *chooser)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  self->chooser = chooser;
}

/* The comparison */

static const char *
questionnaire_id (LivcCompareLoaded *loaded)
{
  return livc_questionnaire_get_id (livc_score_set_get_questionnaire (loaded->scores));
}

/* Adds an entry of the compared questionnaire to the comparison. */
static void
compare_entry (LivcCompareWindow *self,
               LivcCompareLoaded *loaded)
{
  g_autoptr(GError) error = NULL;

  if (!livc_comparison_add (self->comparison, loaded->scores, loaded->path, &error))
    /* Cannot happen: the id was checked. Said rather than dropped silently. */
    livc_diagnostics_add (self->problems, LIVC_SEVERITY_ERROR, loaded->path, 0, "%s",
                          error->message);
}

/* From scratch, with every entry of the questionnaire most files answer. */
static void
rebuild_comparison (LivcCompareWindow *self)
{
  g_clear_object (&self->comparison);
  self->comparison = livc_comparison_new ();
  for (guint i = 0; i < self->entries->len; i++)
    {
      LivcCompareLoaded *loaded = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (questionnaire_id (loaded), self->majority) == 0)
        compare_entry (self, loaded);
    }
}

static void
update_majority (LivcCompareWindow *self,
                 const char        *id)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, id)) + 1;
  guint best = 0;

  if (self->majority != NULL)
    best = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, self->majority));

  g_hash_table_insert (self->counts, g_strdup (id), GUINT_TO_POINTER (count));
  if (count > best && g_strcmp0 (id, self->majority) != 0)
    {
      g_free (self->majority);
      self->majority = g_strdup (id);
    }
}

static void
update_problems_line (LivcCompareWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint warnings = livc_diagnostics_count (self->problems, LIVC_SEVERITY_WARNING);

  if (self->n_failed > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u file could not be loaded.",
                                               "%u files could not be loaded.", self->n_failed),
                            self->n_failed);
  if (self->n_left_out > 0)
    {
      g_string_append (text, text->len > 0 ? " " : "");
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u assessment answers another questionnaire and was "
                                           "left out.",
                                           "%u assessments answer another questionnaire and were "
                                           "left out.",
                                           self->n_left_out),
                              self->n_left_out);
    }
  if (text->len == 0 && warnings > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Loaded with %u warning.",
                                               "Loaded with %u warnings.", warnings),
                            warnings);
  gtk_label_set_text (self->problems_label, text->str);
  gtk_revealer_set_reveal_child (self->problems_revealer, text->len > 0);
}

static void
on_batch (LivcCompareLoader *loader,
          GPtrArray         *batch,
          LivcCompareWindow *self)
{
  g_autofree char *before = g_strdup (self->majority);
  guint first_new = self->entries->len;

  for (guint i = 0; i < batch->len; i++)
    {
      LivcCompareLoaded *loaded = g_ptr_array_index (batch, i);

      /* The batch is the loader's: what is kept is moved out of it. */
      if (g_hash_table_contains (self->paths, loaded->path))
        continue;
      g_hash_table_add (self->paths, g_strdup (loaded->path));
      for (guint k = 0; k < livc_diagnostics_get_n (loaded->diag); k++)
        {
          const LivcProblem *problem = livc_diagnostics_get (loaded->diag, k);
          livc_diagnostics_add (self->problems, problem->severity, problem->file, problem->line,
                                "%s", problem->message);
        }
      if (loaded->scores == NULL)
        {
          self->n_failed++;
          continue;
        }
      g_ptr_array_add (self->entries, g_memdup2 (loaded, sizeof *loaded));
      memset (loaded, 0, sizeof *loaded);
      update_majority (self, questionnaire_id (g_ptr_array_index (self->entries,
                                                                  self->entries->len - 1)));
    }

  if (g_strcmp0 (before, self->majority) != 0)
    rebuild_comparison (self);
  else
    for (guint i = first_new; i < self->entries->len; i++)
      {
        LivcCompareLoaded *loaded = g_ptr_array_index (self->entries, i);

        if (g_strcmp0 (questionnaire_id (loaded), self->majority) == 0)
          compare_entry (self, loaded);
      }
  /* A new comparison or the same one grown: the overview's rows follow either way. */
  livc_compare_overview_set_comparison (self->overview, self->comparison);
  update_problems_line (self);
  if (self->comparison != NULL && livc_comparison_get_n (self->comparison) > 0)
    gtk_stack_set_visible_child_name (self->main_stack, "views");
}

static void
on_progress (LivcCompareLoader *loader,
             guint              done,
             guint              total,
             LivcCompareWindow *self)
{
  g_autofree char *text = g_strdup_printf (_("Loading %u of %u…"), done, total);

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

/* The files of other questionnaires, named with the reason. */
static void
list_left_out (LivcCompareWindow *self)
{
  LivcQuestionnaire *q = self->comparison ? livc_comparison_get_questionnaire (self->comparison)
                                          : NULL;
  const char *title = "";

  if (q != NULL)
    title = livc_questionnaire_lookup (q, livc_questionnaire_get_title (q), self->lang);
  self->n_left_out = 0;
  for (guint i = 0; i < self->entries->len; i++)
    {
      LivcCompareLoaded *loaded = g_ptr_array_index (self->entries, i);
      gboolean compared = g_strcmp0 (questionnaire_id (loaded), self->majority) == 0;

      if (compared || g_object_get_data (G_OBJECT (loaded->scores), "left-out"))
        {
          self->n_left_out += !compared;
          continue;
        }
      livc_diagnostics_add (self->problems, LIVC_SEVERITY_WARNING, loaded->path, 0,
                            _("left out: it answers the questionnaire “%s”, most of the files "
                              "answer “%s” (%s)"),
                            questionnaire_id (loaded), self->majority, title);
      g_object_set_data (G_OBJECT (loaded->scores), "left-out", GINT_TO_POINTER (TRUE));
      self->n_left_out++;
    }
}

static gboolean
build_trend_later (gpointer data)
{
  LivcCompareWindow *self = data;

  livc_compare_trend_set_comparison (self->trend, self->comparison);
  return G_SOURCE_REMOVE;
}

static gboolean
build_peers_later (gpointer data)
{
  LivcCompareWindow *self = data;

  livc_compare_peers_set_comparison (self->peers, self->comparison);
  return G_SOURCE_REMOVE;
}

static void
on_finished (LivcCompareLoader *loader,
             gboolean           cancelled,
             LivcCompareWindow *self)
{
  guint n = self->comparison ? livc_comparison_get_n (self->comparison) : 0;

  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel-load", FALSE);
  livc_compare_overview_set_loading (self->overview, FALSE);
  list_left_out (self);
  update_problems_line (self);
  /* One view per main-loop iteration, so that neither holds up a frame. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_trend_later, g_object_ref (self), g_object_unref);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_peers_later, g_object_ref (self), g_object_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-pdf", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-csv", n > 0);
  if (cancelled)
    toast (self, _("Loading cancelled"));
  g_clear_object (&self->loader);
}

/* Files and folders: a folder's *.xml files, not those of its subfolders. Adds to what is
 * already loaded; a file already there is not loaded twice. */
void
livc_compare_window_load (LivcCompareWindow *self,
                          GFile * const     *files,
                          guint              n_files)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));

  if (self->loader != NULL)
    {
      /* One load at a time: the one running stops and this one follows at once. */
      g_signal_handlers_disconnect_by_data (self->loader, self);
      livc_compare_loader_cancel (self->loader);
      g_clear_object (&self->loader);
    }
  self->loader = livc_compare_loader_new (files, n_files);
  g_signal_connect (self->loader, "batch", G_CALLBACK (on_batch), self);
  g_signal_connect (self->loader, "progress", G_CALLBACK (on_progress), self);
  g_signal_connect (self->loader, "finished", G_CALLBACK (on_finished), self);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Looking for assessments…"));
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  livc_compare_overview_set_loading (self->overview, TRUE);
  /* The table gets its size before the rows come, so that it builds only those in view. */
  gtk_stack_set_visible_child_name (self->main_stack, "views");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel-load", TRUE);
  livc_compare_loader_start (self->loader);
}

void
livc_compare_window_cancel_load (LivcCompareWindow *self)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));
  if (self->loader != NULL)
    livc_compare_loader_cancel (self->loader);
}

gboolean
livc_compare_window_is_loading (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), FALSE);
  return self->loader != NULL;
}

double
livc_compare_window_get_progress (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), 0);
  return gtk_progress_bar_get_fraction (self->progress_bar);
}

const char *
livc_compare_window_get_progress_text (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return gtk_progress_bar_get_text (self->progress_bar);
}

LivcComparison *
livc_compare_window_get_comparison (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return self->comparison;
}

LivcDiagnostics *
livc_compare_window_get_problems (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return self->problems;
}

/* The views, as the user sees them */

/* The table's rows as shown: filtered and sorted. */
GListModel *
livc_compare_window_get_rows (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return livc_compare_overview_get_rows (self->overview);
}

/* As a click on a column's header: "name", "date", "province", "region", "overall",
 * "stage" or "domain-N"; NULL for the files' order. */
gboolean
livc_compare_window_sort_by (LivcCompareWindow *self,
                             const char        *column,
                             gboolean           descending)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), FALSE);
  return livc_compare_overview_sort_by (self->overview, column, descending);
}

/* As the filter bar does: region a LivcRegion, stage an index among the reference's
 * stages, either LIVC_COMPARE_ALL; dates as ISO prefixes; NULL for none. */
void
livc_compare_window_set_filter (LivcCompareWindow *self,
                                int                region,
                                int                stage,
                                const char        *from,
                                const char        *to,
                                const char        *search)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));

  livc_compare_overview_set_region (self->overview, region);
  livc_compare_overview_set_stage (self->overview, stage);
  livc_compare_overview_set_date_from (self->overview, from);
  livc_compare_overview_set_date_to (self->overview, to);
  livc_compare_overview_set_search (self->overview, search);
}

/* The cell the peers view shows against the others; the export highlights it too. The
 * peers view shows it at once, even before the end of the load hands it the comparison. */
void
livc_compare_window_set_highlight (LivcCompareWindow *self,
                                   guint              index)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));
  g_return_if_fail (self->comparison != NULL && index < livc_comparison_get_n (self->comparison));

  livc_comparison_set_highlight (self->comparison, index);
  if (livc_compare_peers_get_comparison (self->peers) != self->comparison)
    livc_compare_peers_set_comparison (self->peers, self->comparison);
  else
    livc_compare_peers_set_highlight (self->peers, index);
}

void
livc_compare_window_show_view (LivcCompareWindow *self,
                               const char        *name)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* What the peers view says of a domain (LIVC_COMPARISON_OVERALL: overall). */
char *
livc_compare_window_dup_peer_summary (LivcCompareWindow *self,
                                      guint              domain)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return livc_compare_peers_dup_summary (self->peers, domain);
}

LivcCompareRadar *
livc_compare_window_get_radar (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return livc_compare_overview_get_radar (self->overview);
}

static void
on_assessment_selected (LivcCompareWindow *self,
                        guint              index)
{
  livc_compare_window_set_highlight (self, index);
}

static void
on_toast (LivcCompareWindow *self,
          const char        *text)
{
  toast (self, text);
}

/* Export: what the table shows, filtered and in its order, nothing else. */

/* The table's rows as a comparison of their own, in their order, the highlighted cell
 * kept when it is among them. */
static LivcComparison *
dup_shown_comparison (LivcCompareWindow *self,
                      GError           **error)
{
  GListModel *rows = livc_compare_overview_get_rows (self->overview);
  guint highlight = livc_comparison_get_highlight (self->comparison);
  g_autoptr(LivcComparison) shown = livc_comparison_new ();

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(LivcCompareRow) row = g_list_model_get_item (rows, i);
      guint index = livc_compare_row_get_index (row);

      if (!livc_comparison_add (shown, livc_comparison_get_scores (self->comparison, index),
                                livc_comparison_get_label (self->comparison, index), error))
        return NULL;
      if (index == highlight)
        livc_comparison_set_highlight (shown, i);
    }
  if (livc_comparison_get_n (shown) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("No assessment is shown: change the filter to export some."));
      return NULL;
    }
  return g_steal_pointer (&shown);
}

/* The comparison report of the rows shown, as `livc-scan-cli compare -o OUT.pdf --lang
 * lang` of their files in their order, the chosen cell highlighted. */
gboolean
livc_compare_window_export_pdf_to (LivcCompareWindow *self,
                                   const char        *lang,
                                   GFile             *file,
                                   GError           **error)
{
  g_autoptr(LivcReport) report = NULL;
  g_autoptr(LivcComparison) shown = NULL;
  g_autofree char *path = NULL;
  g_autofree char *problem = NULL;

  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (self->comparison != NULL, FALSE);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), FALSE);

  path = livc_file_dup_local_path (file, error);
  if (path == NULL)
    return FALSE;
  shown = dup_shown_comparison (self, error);
  if (shown == NULL)
    return FALSE;
  report = livc_report_new_comparison (shown, lang);
  problem = livc_settings_set_report_logo (self->settings, report);
  if (problem != NULL)
    toast (self, problem);
  return livc_report_write_pdf (report, path, error);
}

/* The table's rows shown, as `livc-scan-cli compare -o OUT.csv` of their files in their
 * order: one row per assessment and domain, the file as loaded. */
gboolean
livc_compare_window_export_csv_to (LivcCompareWindow *self,
                                   GFile             *file,
                                   GError           **error)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(LivcComparison) shown = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (self->comparison != NULL, FALSE);

  path = livc_file_dup_local_path (file, error);
  if (path == NULL)
    return FALSE;
  shown = dup_shown_comparison (self, error);
  if (shown == NULL)
    return FALSE;
  livc_csv_write_compare_header (csv);
  for (guint i = 0; i < livc_comparison_get_n (shown); i++)
    livc_csv_write_compare (csv, livc_comparison_get_label (shown, i),
                            livc_comparison_get_scores (shown, i));
  return livc_write_file_atomically (path, csv->str, csv->len, error);
}

/* "2 of 46 assessments exported": what the export holds against what is loaded. */
char *
livc_compare_window_dup_export_summary (LivcCompareWindow *self)
{
  guint shown, all;

  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);

  shown = g_list_model_get_n_items (livc_compare_overview_get_rows (self->overview));
  all = self->comparison != NULL ? livc_comparison_get_n (self->comparison) : 0;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u assessment exported",
                                       "%u of %u assessments exported", all),
                          shown, all);
}

static void
on_export_chosen (GtkWindow  *parent,
                  GFile      *file,
                  const char *lang)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (parent);
  g_autoptr(GError) error = NULL;
  gboolean ok = lang != NULL ? livc_compare_window_export_pdf_to (self, lang, file, &error)
                             : livc_compare_window_export_csv_to (self, file, &error);

  if (!ok)
    livc_show_problems (parent, _("Cannot Export the Comparison"), NULL, error);
  else
    {
      g_autofree char *summary = livc_compare_window_dup_export_summary (self);

      livc_last_folder_remember (self->settings, file);
      toast (self, summary);
    }
}

/* The report in lang, or the table without. */
static void
export_to_chosen_file (LivcCompareWindow *self,
                       const char        *lang)
{
  g_autoptr(GtkFileFilter) filter = lang != NULL ? livc_pdf_filter () : livc_csv_filter ();
  g_autofree char *name = livc_export_file_name ("comparison", lang, lang != NULL ? "pdf" : "csv");

  set_chooser (self, livc_export_chooser_show (GTK_WINDOW (self), _("Export the Comparison"),
                                               filter, name, lang, self->settings, NULL,
                                               on_export_chosen));
}

static void
on_report_language (GtkWindow  *parent,
                    const char *lang)
{
  export_to_chosen_file (LIVC_COMPARE_WINDOW (parent), lang);
}

/* Actions */

static void
on_open_response (GtkNativeDialog   *chooser,
                  int                response,
                  LivcCompareWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      if (files->len > 0)
        {
          livc_last_folder_remember (self->settings, g_ptr_array_index (files, 0));
          livc_compare_window_load (self, (GFile * const *) files->pdata, files->len);
        }
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (widget);
  gboolean folder = g_str_equal (action_name, "compare.open-folder");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folder ? _("Open a Folder of Assessments")
                                                : _("Open Assessments"),
                                         GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = livc_assessment_filter ();

      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
    }
  livc_last_folder_restore (GTK_FILE_CHOOSER (chooser), self->settings, NULL);
  set_chooser (self, GTK_NATIVE_DIALOG (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (self->chooser);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  livc_compare_window_cancel_load (LIVC_COMPARE_WINDOW (widget));
}

static void
problems_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (widget);

  gboolean refused = self->n_failed > 0 || self->n_left_out > 0;

  /* Warnings alone are of files that were compared: the heading must not say otherwise. */
  livc_show_problems (GTK_WINDOW (self),
                      refused ? _("Files Not Compared") : _("Files Compared, With Warnings"),
                      self->problems, NULL);
}

/* The report's language is chosen each time, as the editor's Export PDF does. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (widget);

  if (self->comparison == NULL || livc_comparison_get_n (self->comparison) == 0)
    return;
  if (g_str_equal (action_name, "compare.export-pdf"))
    livc_report_language_dialog_present (GTK_WINDOW (self), _("Export PDF"), self->settings,
                                         on_report_language);
  else
    export_to_chosen_file (self, NULL);
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  livc_compare_window_show_view (LIVC_COMPARE_WINDOW (widget),
                                 g_variant_get_string (parameter, NULL));
}

static gboolean
on_drop (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         LivcCompareWindow *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;
  livc_compare_window_load (self, (GFile * const *) files->pdata, files->len);
  return TRUE;
}

/* The class */

static void
livc_compare_window_dispose (GObject *object)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (object);

  if (self->loader != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->loader, self);
      livc_compare_loader_cancel (self->loader);
      g_clear_object (&self->loader);
    }
  set_chooser (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_COMPARE_WINDOW);
  G_OBJECT_CLASS (livc_compare_window_parent_class)->dispose (object);
}

static void
livc_compare_window_finalize (GObject *object)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (object);

  g_clear_object (&self->settings);
  g_ptr_array_unref (self->entries);
  g_hash_table_unref (self->paths);
  g_hash_table_unref (self->counts);
  g_free (self->majority);
  g_clear_pointer (&self->problems, livc_diagnostics_free);
  g_clear_object (&self->comparison);
  G_OBJECT_CLASS (livc_compare_window_parent_class)->finalize (object);
}

static void
livc_compare_window_class_init (LivcCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_compare_window_dispose;
  object_class->finalize = livc_compare_window_finalize;
  g_type_ensure (LIVC_TYPE_COMPARE_OVERVIEW);
  g_type_ensure (LIVC_TYPE_COMPARE_TREND);
  g_type_ensure (LIVC_TYPE_COMPARE_PEERS);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, trend);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, peers);
  gtk_widget_class_bind_template_callback (widget_class, on_assessment_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_toast);

  gtk_widget_class_install_action (widget_class, "compare.open-files", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "compare.open-folder", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "compare.cancel-load", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "compare.show-problems", NULL, problems_action);
  gtk_widget_class_install_action (widget_class, "compare.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "compare.export-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "compare.view", "s", view_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "compare.open-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "compare.open-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "compare.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "compare.view", "s", "overview");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "compare.view", "s", "trend");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "compare.view", "s", "peers");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "compare.cancel-load", NULL);
}

static void
livc_compare_window_init (LivcCompareWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = livc_settings_new ();
  self->lang = livc_default_lang ();
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) livc_compare_loaded_free);
  self->paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = livc_diagnostics_new ();

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel-load", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-csv", FALSE);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

LivcCompareWindow *
livc_compare_window_new (GtkApplication *app)
{
  return g_object_new (LIVC_TYPE_COMPARE_WINDOW, "application", app, NULL);
}
