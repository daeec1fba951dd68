/** Reading and writing programmes as Program JSON ({@code reverso/program@1}) and participants CSV files. */
package dev.reverso.core.io;
