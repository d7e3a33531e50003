import { TableScroll } from './table-scroll.tsx';

export interface FileError {
  row: number;
  column: string;
  message: string;
}

/** Every bad row of an uploaded file (register, outcomes), named by the row and column Excel shows. */
export function FileErrorsTable({
  errors,
  caption,
  headers,
}: {
  errors: FileError[];
  caption: string;
  headers: { row: string; column: string; message: string };
}) {
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers.row}</th>
            <th scope="col">{headers.column}</th>
            <th scope="col">{headers.message}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e) => (
            <tr key={`${e.row}-${e.column}-${e.message}`}>
              <th scope="row" className="num">
                {e.row}
              </th>
              <td>{e.column}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
