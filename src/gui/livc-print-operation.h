/* livc-print-operation.h: printing a report, with the page setup and printer settings
 * the user chose last time.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-core.h"

G_BEGIN_DECLS

#define LIVC_TYPE_PRINT_OPERATION (livc_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (LivcPrintOperation, livc_print_operation, LIVC, PRINT_OPERATION,
                      GtkPrintOperation)

/* A print operation for report's pages, each scaled to the printable area, starting from
 * the page setup and print settings kept in settings ("page-setup", "print-settings").
 * settings may be NULL: nothing is kept then. */
LivcPrintOperation *livc_print_operation_new        (LivcReport         *report,
                                                     GSettings          *settings);

/* Runs the print dialog over parent and prints. Problems show in a problems dialog; the
 * settings the user printed with are kept for next time. */
void                livc_print_operation_run_dialog (LivcPrintOperation *self,
                                                     GtkWindow          *parent);

/* Runs the page setup dialog over parent, starting from the kept page setup, and keeps
 * what the user chose in settings (may be NULL). */
void                livc_print_operation_page_setup (GtkWindow          *parent,
                                                     GSettings          *settings);

G_END_DECLS
